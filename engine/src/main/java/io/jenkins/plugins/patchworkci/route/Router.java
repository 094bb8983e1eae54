package io.jenkins.plugins.patchworkci.route;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
    private final @Nullable Maintainers maintainers;

    /**
     * @param trees the configured trees, in the order trial applies are made
     * @param maintainers the kernel MAINTAINERS, or null where none is at hand
     */
    public Router(List<Tree> trees, @Nullable Maintainers maintainers) {
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
    public Plan route(RoutingInput input, @Nullable History history, @Nullable TrialApply trial) throws IOException, InterruptedException {
        List<Rule> rules = List.of(
                new TagRule(),
                new BaseCommitRule(history),
                new MaintainersRule(maintainers),
                new FixesRule(history, trial),
                new TrialApplyRule(trial));
        List<Tree> candidates = trees;
        List<RoutingStep> steps = new ArrayList<>();
        if (trees.size() == 1) {
            steps.add(new RoutingStep("only tree", Rule.names(trees), trees.get(0).name() + " is the only tree configured",
                    false));
        }
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
        // The base is the branch tip, as git am on the maintainer's branch; the base-commit is
        // only the fallback that tells a stale series from a broken one (ApplySeries).
        Optional<String> base = history.tip(tree);
        steps.add(new RoutingStep("base", List.of(tree.name()), baseReason(tree, base, history, input), false));
        return new Plan(input.label(), Optional.of(tree), base, steps, List.of());
    }

    private static String baseReason(Tree tree, Optional<String> tip, History history, RoutingInput input)
            throws IOException {
        if (tip.isEmpty()) {
            return tree.name() + " has no branch " + tree.branch() + " fetched";
        }
        StringBuilder why = new StringBuilder("the tip of ").append(tree.name()).append(", ")
                .append(tip.get(), 0, Math.min(12, tip.get().length()));
        history.commitTime(tree, tip.get()).ifPresent(t -> why.append(" of ").append(COMMIT_TIME.format(t)));
        Optional<String> baseCommit = input.baseCommit();
        if (baseCommit.isPresent() && !tip.get().startsWith(baseCommit.get().toLowerCase(java.util.Locale.ROOT))) {
            why.append(history.contains(tree, baseCommit.get())
                    ? "; base-commit " + baseCommit.get() + " only if the series does not apply there"
                    : "; base-commit " + baseCommit.get() + " is not in " + tree.name());
        }
        return why.toString();
    }

    private static final java.time.format.DateTimeFormatter COMMIT_TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'", java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);
}
