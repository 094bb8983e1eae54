/*
 * Signature of hudson.model.Result from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/model/Result.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: final, Serializable, the five constants and toString (the result's name). Left out:
 * CustomExportedBean, the fields ordinal/color/completeBuild, combine, the comparisons and fromString; the
 * constructor is private as in the real class.
 */
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

public final class Result implements Serializable {
    public static final @NonNull Result SUCCESS = null;
    public static final @NonNull Result UNSTABLE = null;
    public static final @NonNull Result FAILURE = null;
    public static final @NonNull Result NOT_BUILT = null;
    public static final @NonNull Result ABORTED = null;

    private Result() {
        throw new UnsupportedOperationException("signature only");
    }

    @Override
    public @NonNull String toString() {
        throw new UnsupportedOperationException("signature only");
    }
}
