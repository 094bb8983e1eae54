/*
 * Signature of hudson.scm.SCM from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/scm/SCM.java. Compile-only stand-in (docs/jenkins-build.md).
 * Type only here (returned by SCMSource.build; GitSCM's supertype): the implicit public constructor, Describable<SCM>. Left out: ExtensionPoint and every member.
 */
package hudson.scm;

import hudson.model.Describable;

public abstract class SCM implements Describable<SCM> {
}
