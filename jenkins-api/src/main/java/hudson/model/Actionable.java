/*
 * Signature of hudson.model.Actionable from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/model/Actionable.java. Compile-only stand-in (docs/jenkins-build.md).
 * Type only (Run's supertype, SCMRevisionAction's parameter), with its implicit public constructor. Left out: the supertypes AbstractModelObject and ModelObjectWithContextMenu and every member.
 */
package hudson.model;

public abstract class Actionable {
}
