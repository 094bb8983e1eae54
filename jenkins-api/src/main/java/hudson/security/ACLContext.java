/*
 * Signature of hudson.security.ACLContext from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/security/ACLContext.java. Compile-only stand-in (docs/jenkins-build.md):
 * the type (returned by ACL.as2, used in try-with-resources) and close(); the previous-context
 * getters are left out, the package-private constructor replaced by a private one.
 */
package hudson.security;

public class ACLContext implements AutoCloseable {

    private ACLContext() {
        throw new UnsupportedOperationException("signature only");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("signature only");
    }
}
