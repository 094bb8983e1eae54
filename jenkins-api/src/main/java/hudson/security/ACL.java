/*
 * Signature of hudson.security.ACL from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/security/ACL.java. Compile-only stand-in (docs/jenkins-build.md):
 * SYSTEM2 and as2(Authentication) (the deprecated Acegi SYSTEM and as(...) are left out
 * on purpose).
 */
package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.springframework.security.core.Authentication;

public abstract class ACL {
    public static final Authentication SYSTEM2 = null;

    @NonNull
    public static ACLContext as2(@NonNull Authentication auth) {
        throw new UnsupportedOperationException("signature only");
    }

    private ACL() {
        throw new UnsupportedOperationException("signature only");
    }
}
