package io.jenkins.plugins.patchworkci.step;

import io.jenkins.plugins.patchworkci.check.CheckState;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a CI build ended, in Jenkins' five words, and the Patchwork check state each one reports. The
 * plugin passes Jenkins' {@code Result} by name, so the mapping lives (and is tested) here.
 *
 * <p>Only a failed build says the patches are bad ({@code fail}). An unstable build (tests or checks
 * reported problems but the build ran) is a {@code warning}. A build that was aborted or not built
 * says nothing about the patches either way, so it is a {@code warning} too, never a {@code fail} and
 * never a {@code success}: a superseded or cancelled run must not leave a green mark, nor a red one.
 */
public enum BuildOutcome {
    SUCCESS(CheckState.SUCCESS, "build succeeded"),
    UNSTABLE(CheckState.WARNING, "build unstable"),
    FAILURE(CheckState.FAIL, "build failed"),
    NOT_BUILT(CheckState.WARNING, "not built"),
    ABORTED(CheckState.WARNING, "build aborted");

    private final CheckState state;
    private final String words;

    BuildOutcome(CheckState state, String words) {
        this.state = state;
        this.words = words;
    }

    /** The check state this outcome reports. */
    public CheckState checkState() {
        return state;
    }

    /** A few words for a check description: {@code build failed}. */
    public String words() {
        return words;
    }

    /**
     * Reads Jenkins' result name ({@code SUCCESS}, {@code UNSTABLE}, {@code FAILURE}, {@code NOT_BUILT},
     * {@code ABORTED}). A build that completed without a result (null) counts as a failure, as Jenkins
     * itself shows it; any other word is an error naming it.
     */
    public static BuildOutcome of(@Nullable String jenkinsResult) {
        if (jenkinsResult == null) {
            return FAILURE;
        }
        try {
            return valueOf(jenkinsResult.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a Jenkins build result (SUCCESS, UNSTABLE, FAILURE, NOT_BUILT,"
                    + " ABORTED): '" + jenkinsResult + "'", e);
        }
    }
}
