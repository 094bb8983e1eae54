package io.jenkins.plugins.patchworkci.route;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rule 2: {@code base-commit:} decides when exactly one candidate branch contains that commit.
 * net and net-next share most history, so a base in both says nothing.
 */
final class BaseCommitRule implements Rule {

    private final @Nullable History history;

    BaseCommitRule(@Nullable History history) {
        this.history = history;
    }

    @Override
    public RoutingStep narrow(List<Tree> candidates, RoutingInput input) throws IOException {
        if (input.baseCommit().isEmpty()) {
            return new RoutingStep("base-commit", Rule.names(candidates), "skipped: no base-commit", false);
        }
        String base = input.baseCommit().get();
        String shortBase = base.substring(0, Math.min(12, base.length()));
        if (history == null) {
            return new RoutingStep("base-commit", Rule.names(candidates), "skipped: no history here", false);
        }
        List<Tree> having = new ArrayList<>();
        for (Tree t : candidates) {
            if (history.contains(t, base)) {
                having.add(t);
            }
        }
        if (having.size() == 1) {
            return new RoutingStep("base-commit", Rule.names(having),
                    "base-commit " + shortBase + " is only in " + having.get(0).name(), false);
        }
        String where = having.isEmpty() ? "in no candidate" : "in " + Rule.list(having);
        return new RoutingStep("base-commit", Rule.names(candidates), "base-commit " + shortBase + " is " + where, false);
    }
}
