package io.jenkins.plugins.patchworkci.route;

import java.util.List;
import java.util.Objects;

/**
 * What one routing step did: its name, the candidates it left, and a reason a maintainer can read.
 *
 * @param step the rule's name ({@code tag}, {@code base-commit}, {@code maintainers}, {@code fixes},
 *     {@code trial-apply})
 * @param remaining the names of the candidate trees after the step
 * @param reason why, in one short sentence
 * @param stop whether routing ends here without a decision (an unknown tree tag, a tie)
 */
public record RoutingStep(String step, List<String> remaining, String reason, boolean stop) {

    public RoutingStep {
        Objects.requireNonNull(step, "step");
        remaining = List.copyOf(remaining);
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return step + ": " + reason;
    }
}
