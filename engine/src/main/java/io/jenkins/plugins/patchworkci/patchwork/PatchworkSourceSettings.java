package io.jenkins.plugins.patchworkci.patchwork;

import java.time.Duration;
import java.util.Objects;

/**
 * What a user configures about a Patchwork source besides the server and the token.
 *
 * @param project the project's link name (or id), e.g. {@code netdevbpf}
 * @param overlap how far before the cursor each poll re-reads events, to catch events whose transaction
 *     committed after a later one was already seen (default 5 minutes)
 * @param holdTimeout how long a series that is not complete ({@code received_all} false) is held before
 *     it is delivered anyway, marked incomplete (default 6 hours)
 * @param includeCoverLetter whether to download each series' cover letter too (one more request per
 *     series; the series mbox itself has no cover letter, and cover letters carry {@code base-commit:})
 * @param watchIncomplete whether to read {@code series-created} events too (one more request per poll),
 *     so that a series whose last patch never arrives — Patchwork then never fires
 *     {@code series-completed} — is delivered, marked incomplete, after {@code holdTimeout}
 */
public record PatchworkSourceSettings(String project, Duration overlap,
        Duration holdTimeout, boolean includeCoverLetter, boolean watchIncomplete) {

    public PatchworkSourceSettings {
        Objects.requireNonNull(project, "project");
        if (project.isBlank()) {
            throw new IllegalArgumentException("project must be named");
        }
        if (overlap.isNegative() || holdTimeout.isNegative()) {
            throw new IllegalArgumentException("overlap and holdTimeout must not be negative");
        }
    }

    public static PatchworkSourceSettings of(String project) {
        return new PatchworkSourceSettings(project, Duration.ofMinutes(5), Duration.ofHours(6), false, false);
    }

    public PatchworkSourceSettings withOverlap(Duration value) {
        return new PatchworkSourceSettings(project, value, holdTimeout, includeCoverLetter, watchIncomplete);
    }

    public PatchworkSourceSettings withHoldTimeout(Duration value) {
        return new PatchworkSourceSettings(project, overlap, value, includeCoverLetter, watchIncomplete);
    }

    public PatchworkSourceSettings withCoverLetter(boolean value) {
        return new PatchworkSourceSettings(project, overlap, holdTimeout, value, watchIncomplete);
    }

    public PatchworkSourceSettings withWatchIncomplete(boolean value) {
        return new PatchworkSourceSettings(project, overlap, holdTimeout, includeCoverLetter, value);
    }
}
