package io.jenkins.plugins.patchworkci.scan;

import io.jenkins.plugins.patchworkci.route.Plan;
import io.jenkins.plugins.patchworkci.route.Tree;
import java.util.Objects;

/**
 * A user-space series posted with a kernel version ({@code [PATCH iproute2-next 0/2]} beside
 * {@code [PATCH net-next 0/3]}), as the scan found it: paired by the routing package's
 * {@link io.jenkins.plugins.patchworkci.route.CompanionFinder}, so the kernel version's job applies and
 * builds both.
 *
 * @param scanned the companion series and its Patchwork records (its mail is fetched for the checkout)
 * @param tree the user-space tree its subject tag names, where it is applied
 * @param reason why it was taken as a companion ({@code same author, posted 3 min apart})
 * @param plan its quick routing plan, labelled with its subject and the reason
 */
public record ScannedCompanion(ScannedSeries scanned, Tree tree, String reason,
        Plan plan) {

    public ScannedCompanion {
        Objects.requireNonNull(scanned, "scanned");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(plan, "plan");
    }
}
