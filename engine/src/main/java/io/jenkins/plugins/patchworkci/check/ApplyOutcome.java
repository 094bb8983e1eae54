package io.jenkins.plugins.patchworkci.check;

import java.util.Objects;
import java.util.Optional;

/**
 * What the apply step reports, in the few words the {@code apply} check needs (the apply package's
 * own result is richer; the integrator maps it onto this).
 *
 * @param applied whether every patch applied
 * @param tier the tier that worked ({@code git-am}, {@code 3way}, ...), empty when none did
 * @param failedPatch the number of the first patch that did not apply, 0 when all did
 * @param summary one line: why it failed, or how it applied
 * @param details the tool output behind the summary
 */
public record ApplyOutcome(boolean applied, Optional<String> tier, int failedPatch, String summary, String details) {

    public ApplyOutcome {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(details, "details");
        if (applied && failedPatch != 0) {
            throw new IllegalArgumentException("an applied series has no failed patch");
        }
        if (!applied && failedPatch < 1) {
            throw new IllegalArgumentException("a series that did not apply names the patch that failed");
        }
    }

    public static ApplyOutcome applied(String tier, String summary) {
        return new ApplyOutcome(true, Optional.of(tier), 0, summary, "");
    }

    public static ApplyOutcome failed(int patch, String summary, String details) {
        return new ApplyOutcome(false, Optional.empty(), patch, summary, details);
    }
}
