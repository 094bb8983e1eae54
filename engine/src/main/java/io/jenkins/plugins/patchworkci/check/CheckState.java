package io.jenkins.plugins.patchworkci.check;

import java.util.Locale;

/**
 * A check's state, with Patchwork's four values. Worst first: a patch's summary is the worst
 * state of its checks, as Patchwork computes it (fail > warning > pending > success).
 */
public enum CheckState {
    FAIL,
    WARNING,
    PENDING,
    SUCCESS;

    /** The word Patchwork's API uses. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this state is final: pending is the only state that is not. */
    public boolean isFinal() {
        return this != PENDING;
    }

    public static CheckState worst(CheckState a, CheckState b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
