package io.jenkins.plugins.patchworkci.route;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Rule 4: between a fixes tree and its development tree (net and net-next), a series goes to the
 * fixes tree when it carries {@code Fixes:} tags, every fixed commit is in the fixes branch, and
 * it applies there; otherwise to the development tree. This is the maintainers' own rule: the
 * fixes tree takes fixes for bugs it has, and nothing else.
 */
final class FixesRule implements Rule {

    private final @Nullable History history;
    private final @Nullable TrialApply trial;

    FixesRule(@Nullable History history, @Nullable TrialApply trial) {
        this.history = history;
        this.trial = trial;
    }

    @Override
    public RoutingStep narrow(List<Tree> candidates, RoutingInput input) throws IOException, InterruptedException {
        List<Tree> kept = new ArrayList<>(candidates);
        List<String> reasons = new ArrayList<>();
        for (Tree fixes : candidates) {
            Optional<Tree> development = partner(fixes, candidates);
            if (fixes.role() != TreeRole.FIXES || development.isEmpty()) {
                continue;
            }
            Tree dev = development.get();
            String verdict = fixesVerdict(fixes, input);
            if (verdict == null) {
                kept.remove(dev);
                reasons.add("Fixes: commits are in " + fixes.name() + " and it applies there, so " + fixes.name());
            } else {
                kept.remove(fixes);
                reasons.add(verdict + ", so " + dev.name());
            }
        }
        if (reasons.isEmpty()) {
            return new RoutingStep("fixes", Rule.names(candidates), "skipped: no fixes/development pair left", false);
        }
        return new RoutingStep("fixes", Rule.names(kept), String.join("; ", reasons), false);
    }

    /** Null when the series belongs in the fixes tree, else why not. */
    private @Nullable String fixesVerdict(Tree fixes, RoutingInput input) throws IOException, InterruptedException {
        if (input.fixes().isEmpty()) {
            return "no Fixes: tag";
        }
        if (history == null) {
            return null; // without history, the tags alone speak (controller-side routing)
        }
        for (String commit : input.fixes()) {
            if (!history.contains(fixes, commit)) {
                return "Fixes: " + commit + " is not in " + fixes.name();
            }
        }
        if (trial != null) {
            Optional<String> failure = trial.failure(fixes);
            if (failure.isPresent()) {
                return "it does not apply to " + fixes.name() + " (" + failure.get() + ")";
            }
        }
        return null;
    }

    private static Optional<Tree> partner(Tree fixes, List<Tree> candidates) {
        return candidates.stream()
                .filter(t -> t.role() == TreeRole.DEVELOPMENT && t.family().isPresent() && t.family().equals(fixes.family()))
                .findFirst();
    }
}
