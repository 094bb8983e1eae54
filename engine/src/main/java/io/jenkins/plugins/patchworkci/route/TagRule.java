package io.jenkins.plugins.patchworkci.route;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rule 1: an explicit tree tag in the subject prefix ({@code [PATCH net-next v2 1/3]}) selects the
 * trees it names. A tag that names no configured tree stops routing: the series is for a tree
 * this site does not test ({@code [PATCH wireless-next]} on netdev), and guessing would be wrong.
 */
final class TagRule implements Rule {

    /** Prefix words that are never tree tags. */
    private static final Set<String> NOT_TAGS = Set.of("patch", "rfc", "resend", "pull", "git", "for", "-", "");
    private static final Pattern NOT_TAG = Pattern.compile("v\\d+|\\d+/\\d+|\\d+");

    @Override
    public RoutingStep narrow(List<Tree> candidates, RoutingInput input) {
        List<String> words = input.prefixWords();
        List<Tree> tagged = candidates.stream().filter(t -> words.stream().anyMatch(t::taggedBy)).toList();
        if (!tagged.isEmpty()) {
            String tags = String.join(" ", words.stream().filter(w -> tagged.stream().anyMatch(t -> t.taggedBy(w))).toList());
            return new RoutingStep("tag", Rule.names(tagged), "tag [" + tags + "] names " + Rule.list(tagged), false);
        }
        List<String> unknown = words.stream()
                .filter(w -> !NOT_TAGS.contains(w) && !NOT_TAG.matcher(w).matches())
                .toList();
        if (!unknown.isEmpty()) {
            return new RoutingStep("tag", List.of(),
                    "tag [" + String.join(" ", unknown) + "] names no configured tree", true);
        }
        return new RoutingStep("tag", Rule.names(candidates), "no tree tag in the subject", false);
    }
}
