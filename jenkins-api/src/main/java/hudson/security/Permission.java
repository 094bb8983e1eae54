/*
 * Signature of hudson.security.Permission from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/security/Permission.java. Compile-only stand-in
 * (docs/jenkins-build.md): the plugin only passes the constants of Jenkins, so no constructor is
 * visible here.
 */
package hudson.security;

public final class Permission {
    private Permission() {
        throw new UnsupportedOperationException("signature only");
    }
}
