package io.jenkins.plugins.patchworkci.scan;

import io.jenkins.plugins.patchworkci.route.Plan;
import java.util.List;
import java.util.Objects;

/**
 * One version on a head: its revision identity, what the scan read, where quick routing sent it, and
 * the user-space companion series posted with it, which its build applies beside it.
 *
 * @param revision the identity Jenkins compares (it covers the companions' patches too, so a new
 *     companion version builds the kernel job again)
 * @param scanned the series and its Patchwork records
 * @param plan the quick (controller-side, history-less) routing plan, with the companions' plans
 * @param companions the companion series, at most one per user-space tree; empty for most series
 */
public record HeadVersion(RevisionId revision, ScannedSeries scanned, Plan plan,
        List<ScannedCompanion> companions) {

    public HeadVersion {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(scanned, "scanned");
        Objects.requireNonNull(plan, "plan");
        companions = List.copyOf(companions);
    }

    /** A version without companions. */
    public HeadVersion(RevisionId revision, ScannedSeries scanned, Plan plan) {
        this(revision, scanned, plan, List.of());
    }
}
