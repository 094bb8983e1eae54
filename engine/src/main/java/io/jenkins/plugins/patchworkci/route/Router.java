package io.jenkins.plugins.patchworkci.route;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides which tree a series is for, in explained steps: the subject's tree tag, the
 * {@code base-commit:}, MAINTAINERS and path patterns, {@code Fixes:} between a fixes tree and its
 * development tree, and a trial apply. Each step narrows the candidates; routing stops when one
 * remains, and the plan records every step.
 *
 * <p>{@link #quick} uses only what needs no repository history (tags, MAINTAINERS), for the Jenkins
 * controller to name a series' target at scan time; {@link #route} runs the full plan where the
 * mirror is.
 */
public final class Router {

    private final List<Tree> trees;
    private final Maintainers maintainers;

    /**
     * @param trees the configured trees, in the order trial applies are made
     * @param maintainers the kernel MAINTAINERS, or null where none is at hand
     */
    public Router(List<Tree> trees, Maintainers maintainers) {
        if (trees.isEmpty()) {
            throw new IllegalArgumentException("routing needs at least one tree");
        }
        this.trees = List.copyOf(trees);
        this.maintainers = maintainers;
    }

    /** Routing without history: tags, paths and MAINTAINERS, plus Fixes: presence. */
    public Plan quick(RoutingInput input) {
        try {
            return route(input, null, null);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("routing without history does no I/O", e);
        }
    }

    /**
     * The full plan.
     *
     * @param history the trees' history, or null where there is none
     * @param trial applies this series to a tree in memory, or null where there is no repository
     */
    public Plan route(RoutingInput input, History history, TrialApply trial) throws IOException, InterruptedException {
        List<Rule> rules = List.of(
                new TagRule(),
                new BaseCommitRule(history),
                new MaintainersRule(maintainers),
                new FixesRule(history, trial),
                new TrialApplyRule(trial));
        List<Tree> candidates = trees;
        List<RoutingStep> steps = new ArrayList<>();
        for (Rule rule : rules) {
            if (candidates.size() == 1) {
                break;
            }
            RoutingStep step = rule.narrow(candidates, input);
            steps.add(step);
            if (step.stop()) {
                return new Plan(input.label(), Optional.empty(), Optional.empty(), steps, List.of());
            }
            candidates = trees.stream().filter(t -> step.remaining().contains(t.name())).toList();
        }
        if (candidates.size() != 1) {
            steps.add(new RoutingStep("decision", Rule.names(candidates), "no rule told " + Rule.list(candidates) + " apart", true));
            return new Plan(input.label(), Optional.empty(), Optional.empty(), steps, List.of());
        }
        Tree tree = candidates.get(0);
        if (history == null) {
            return new Plan(input.label(), Optional.of(tree), Optional.empty(), steps, List.of());
        }
        Optional<String> base = input.baseCommit();
        if (base.isPresent() && !history.contains(tree, base.get())) {
            steps.add(new RoutingStep("base", List.of(tree.name()),
                    "base-commit " + base.get() + " is not in " + tree.name() + ", so its tip", false));
            base = Optional.empty();
        }
        if (base.isEmpty()) {
            base = history.tip(tree);
        }
        return new Plan(input.label(), Optional.of(tree), base, steps, List.of());
    }
}
