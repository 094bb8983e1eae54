package io.jenkins.plugins.patchworkci.route;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Rule 5: apply the series in memory to each remaining candidate, in configured order. One tree
 * that takes it decides; none, or more than one, is no decision, and the plan says which.
 */
final class TrialApplyRule implements Rule {

    private final @Nullable TrialApply trial;

    TrialApplyRule(@Nullable TrialApply trial) {
        this.trial = trial;
    }

    @Override
    public RoutingStep narrow(List<Tree> candidates, RoutingInput input) throws IOException, InterruptedException {
        if (trial == null) {
            return new RoutingStep("trial-apply", Rule.names(candidates), "skipped: no repository here", false);
        }
        List<Tree> applies = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Tree t : candidates) {
            Optional<String> failure = trial.failure(t);
            if (failure.isEmpty()) {
                applies.add(t);
            } else {
                failures.add(t.name() + ": " + failure.get());
            }
        }
        if (applies.size() == 1) {
            return new RoutingStep("trial-apply", Rule.names(applies), "applies only to " + applies.get(0).name(), false);
        }
        if (applies.isEmpty()) {
            return new RoutingStep("trial-apply", List.of(),
                    "applies to none of " + Rule.list(candidates) + " (" + String.join("; ", failures) + ")", true);
        }
        return new RoutingStep("trial-apply", Rule.names(applies), "applies to " + Rule.list(applies) + ": a tie", true);
    }
}
