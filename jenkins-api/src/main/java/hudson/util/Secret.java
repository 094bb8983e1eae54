/*
 * Signature of hudson.util.Secret from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/util/Secret.java. Compile-only stand-in (docs/jenkins-build.md).
 * Its real constructors are package-private; the interface Serializable is left out.
 */
package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;

public final class Secret {
    private Secret() {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public String getPlainText() {
        throw new UnsupportedOperationException("signature only");
    }
}
