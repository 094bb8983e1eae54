/*
 * Signature of hudson.model.TopLevelItem from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/model/TopLevelItem.java. Compile-only stand-in (docs/jenkins-build.md):
 * only the type, the element type of Jenkins as an ItemGroup.
 */
package hudson.model;

public interface TopLevelItem extends Item {}
