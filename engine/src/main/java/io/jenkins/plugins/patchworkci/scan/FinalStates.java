package io.jenkins.plugins.patchworkci.scan;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Patchwork states that end a patch's review. A head goes away only when every patch of its newest
 * version is in one of them: a half-accepted series still has patches to test, and a series whose
 * patches Patchwork has not seen at all is not finished.
 *
 * @param states state slugs, lower case ({@code accepted}, {@code changes-requested}, ...)
 */
public record FinalStates(Set<String> states) {

    /** Patchwork's own final states, as patchwork.kernel.org names them. */
    public static final FinalStates DEFAULT = of(Set.of("accepted", "rejected", "superseded",
            "changes-requested", "not-applicable", "deferred"));

    public FinalStates {
        Set<String> s = new TreeSet<>();
        for (String state : states) {
            String slug = state.strip().toLowerCase(Locale.ROOT);
            if (!slug.isEmpty()) {
                s.add(slug);
            }
        }
        states = Set.copyOf(s);
    }

    public static FinalStates of(Collection<String> states) {
        return new FinalStates(Set.copyOf(states));
    }

    public boolean isFinal(String state) {
        return state != null && states.contains(state.toLowerCase(Locale.ROOT));
    }

    /** Whether these patch states close a head: there is at least one, and every one is final. */
    public boolean closes(Collection<String> patchStates) {
        return !patchStates.isEmpty() && patchStates.stream().allMatch(this::isFinal);
    }
}
