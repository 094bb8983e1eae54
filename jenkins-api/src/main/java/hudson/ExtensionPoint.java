/*
 * Signature of hudson.ExtensionPoint from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/ExtensionPoint.java. Compile-only stand-in (docs/jenkins-build.md).
 * Left out: the deprecated nested annotation LegacyInstancesAreScopedToHudson ("no longer has any effect").
 */
package hudson;

public interface ExtensionPoint {}
