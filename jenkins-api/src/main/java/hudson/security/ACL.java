/*
 * Signature of hudson.security.ACL from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/security/ACL.java. Compile-only stand-in (docs/jenkins-build.md):
 * only SYSTEM2 (the deprecated Acegi SYSTEM is left out on purpose).
 */
package hudson.security;

import org.springframework.security.core.Authentication;

public abstract class ACL {
    public static final Authentication SYSTEM2 = null;

    private ACL() {
        throw new UnsupportedOperationException("signature only");
    }
}
