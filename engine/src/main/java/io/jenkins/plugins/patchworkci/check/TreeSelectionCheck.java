package io.jenkins.plugins.patchworkci.check;

import io.jenkins.plugins.patchworkci.route.Plan;
import io.jenkins.plugins.patchworkci.route.RoutingStep;
import java.util.stream.Collectors;

/**
 * {@code tree_selection}: where routing sent the series and why ({@link Plan#summary()}). A series
 * whose subject named its tree succeeds; one routed by guesswork (base commit, MAINTAINERS, a
 * trial apply) warns, as NIPA's "Guessed tree name"; no decision fails.
 */
public final class TreeSelectionCheck extends SeriesCheck {

    public static final String NAME = "tree_selection";

    public TreeSelectionCheck() {
        super(NAME);
    }

    @Override
    protected Verdict check(CheckContext context, CheckOptions options) {
        if (context.plan().isEmpty()) {
            return null;
        }
        Plan plan = context.plan().orElseThrow();
        String details = plan.steps().stream().map(RoutingStep::toString).collect(Collectors.joining("\n"));
        if (!plan.decided()) {
            return Verdict.of(CheckState.FAIL, plan.summary(), details);
        }
        String tree = plan.tree().orElseThrow().name();
        boolean tagged = context.treeTag().map(t -> t.equalsIgnoreCase(tree)).orElse(false);
        if (tagged) {
            return Verdict.of(CheckState.SUCCESS, "Clearly marked for " + tree + ": " + plan.summary(), details);
        }
        return Verdict.of(CheckState.WARNING, "Guessed tree name to be " + tree + ": " + plan.summary(), details);
    }
}
