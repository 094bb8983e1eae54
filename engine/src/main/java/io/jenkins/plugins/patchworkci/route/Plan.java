package io.jenkins.plugins.patchworkci.route;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a series goes, and why: the tree, the base commit to apply onto, every routing step with
 * its reason, and the user-space companions planned with it. No decision is a plan too, with the
 * reasons why none was made.
 *
 * @param label the series, as routing named it
 * @param tree the tree chosen, empty when no decision was made
 * @param base the commit to apply onto (the series' base-commit when the tree has it, else the
 *     branch tip), empty when routing ran without history
 * @param steps the routing steps in order
 * @param companions plans of the companion series, each on its own tree
 */
public record Plan(String label, Optional<Tree> tree, Optional<String> base, List<RoutingStep> steps,
        List<Plan> companions) {

    public Plan {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(base, "base");
        steps = List.copyOf(steps);
        companions = List.copyOf(companions);
    }

    public boolean decided() {
        return tree.isPresent();
    }

    /** This plan with companion plans added. */
    public Plan withCompanions(List<Plan> more) {
        return new Plan(label, tree, base, steps, more);
    }

    /**
     * One line for a maintainer (the {@code tree_selection} check's description):
     * {@code net-next: tag [net-next]; base-commit 1234abcd in net-next}.
     */
    public String summary() {
        String why = steps.stream()
                .filter(s -> s.stop() || !s.reason().startsWith("skipped"))
                .map(RoutingStep::reason)
                .collect(Collectors.joining("; "));
        return tree.map(t -> t.name() + ": " + why).orElse("no tree: " + why);
    }
}
