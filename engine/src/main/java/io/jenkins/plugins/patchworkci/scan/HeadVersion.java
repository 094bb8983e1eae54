package io.jenkins.plugins.patchworkci.scan;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.patchworkci.route.Plan;
import java.util.Objects;

/**
 * One version on a head: its revision identity, what the scan read, and where quick routing sent it.
 *
 * @param revision the identity Jenkins compares
 * @param scanned the series and its Patchwork records
 * @param plan the quick (controller-side, history-less) routing plan
 */
public record HeadVersion(@NonNull RevisionId revision, @NonNull ScannedSeries scanned, @NonNull Plan plan) {

    public HeadVersion {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(scanned, "scanned");
        Objects.requireNonNull(plan, "plan");
    }
}
