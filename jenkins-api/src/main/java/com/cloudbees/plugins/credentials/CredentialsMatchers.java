/*
 * Signature of com.cloudbees.plugins.credentials.CredentialsMatchers from org.jenkins-ci.plugins:credentials:1502.v5c95e620ddfe
 * (jenkinsci/credentials-plugin, tag 1502.v5c95e620ddfe: the newest source at hand;
 * bom-2.568.x pins 1511.v2e3cb_0008ef0, see docs/jenkins-versions.md),
 * src/main/java/com/cloudbees/plugins/credentials/CredentialsMatchers.java. Compile-only stand-in (docs/jenkins-build.md).
 */
package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

public class CredentialsMatchers {
    private CredentialsMatchers() {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public static CredentialsMatcher always() {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public static CredentialsMatcher withId(@NonNull String id) {
        throw new UnsupportedOperationException("signature only");
    }

    @CheckForNull
    public static <C extends Credentials> C firstOrNull(@NonNull Iterable<C> credentials,
                                                        @NonNull CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("signature only");
    }
}
