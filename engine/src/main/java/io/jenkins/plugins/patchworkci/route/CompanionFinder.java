package io.jenkins.plugins.patchworkci.route;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the user-space series posted with a kernel series ({@code [PATCH net-next 0/3]} and
 * {@code [PATCH iproute2-next 0/2]}), so both are planned, built and tested together. A candidate
 * is tagged for a user-space tree and is either linked (one names the other's Message-ID, as a
 * Link:, Depends-on: or in the cover letter) or comes from the same author within the window.
 * Links are stronger evidence than timing, so linked companions come first; for each user-space
 * tree only the best candidate is kept, since one build pairs one kernel with one user space.
 */
public final class CompanionFinder {

    private final List<Tree> trees;
    private final Duration window;

    public CompanionFinder(RoutingConfig config) {
        this.trees = config.trees();
        this.window = config.companionWindow();
    }

    public List<Companion> find(PostedSeries kernel, Collection<PostedSeries> others) {
        List<Candidate> found = new ArrayList<>();
        for (PostedSeries s : others) {
            if (s.id().equals(kernel.id())) {
                continue;
            }
            Optional<Tree> tree = userSpaceTree(s);
            if (tree.isEmpty()) {
                continue;
            }
            Duration apart = Duration.between(kernel.posted(), s.posted()).abs();
            String reason;
            boolean linked = true;
            if (kernel.mentions(s)) {
                reason = "the kernel series names " + s.id();
            } else if (s.mentions(kernel)) {
                reason = s.id() + " names the kernel series";
            } else if (s.authorEmail().equals(kernel.authorEmail()) && apart.compareTo(window) <= 0) {
                reason = "same author, posted " + minutes(apart) + " apart";
                linked = false;
            } else {
                continue;
            }
            found.add(new Candidate(new Companion(s, tree.get(), reason), linked, apart));
        }
        found.sort(Comparator.comparing((Candidate c) -> !c.linked).thenComparing(c -> c.apart));
        List<Companion> out = new ArrayList<>();
        for (Candidate c : found) {
            if (out.stream().noneMatch(o -> o.tree().equals(c.companion.tree()))) {
                out.add(c.companion);
            }
        }
        return out;
    }

    private Optional<Tree> userSpaceTree(PostedSeries s) {
        return trees.stream()
                .filter(t -> t.kind() == TreeKind.USER_SPACE)
                .filter(t -> s.prefixWords().stream().anyMatch(t::taggedBy))
                .findFirst();
    }

    private static String minutes(Duration d) {
        return d.toMinutes() + " min";
    }

    private record Candidate(Companion companion, boolean linked, Duration apart) {}
}
