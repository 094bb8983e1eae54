package io.jenkins.plugins.patchworkci.route;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the user-space series posted with a kernel series ({@code [PATCH net-next 0/3]} and
 * {@code [PATCH iproute2-next 0/2]}), so both are planned, built and tested together.
 *
 * <p>A candidate is tagged for a user-space tree. It is paired only on evidence, strongest first:
 * <ol>
 *   <li><em>linked</em>, by any author at any time: one series names the other's Message-ID (in a
 *       {@code Link:}, a {@code Depends-on:}, the cover letter), the two were posted in one thread,
 *       or they carry the same change-id or the same {@code Link:};</li>
 *   <li><em>named</em>, by the same author within the window: one series' text names the other's
 *       tree (the kernel cover letter says {@code iproute2-next}, or the user-space one says
 *       {@code net-next}), or the two have the same subject once the {@code area:} labels are
 *       dropped.</li>
 * </ol>
 * The same author posting within the window with none of that is only a <em>possible</em>
 * companion: named in the report, not paired, so it runs on its own. Same author and time are what
 * every prolific developer's unrelated series have in common.
 *
 * <p>A user-space series is the companion of at most one kernel series: when other series (any not
 * tagged for a user-space tree) have evidence for it too, the strongest evidence wins, then the
 * nearest in time, then the smaller Message-ID, so every kernel series' finding agrees. Of the
 * candidates a kernel series keeps, only the best per user-space tree is kept, since one build pairs
 * one kernel with one user space.
 */
public final class CompanionFinder {

    private final List<Tree> trees;
    private final List<Tree> userSpaceTrees;
    private final Duration window;

    public CompanionFinder(RoutingConfig config) {
        this.trees = config.trees();
        this.userSpaceTrees = trees.stream().filter(t -> t.kind() == TreeKind.USER_SPACE).toList();
        this.window = config.companionWindow();
    }

    /**
     * The companions of {@code kernel} among {@code others}, paired ones first.
     *
     * @param others the series seen with it: candidates, and the other series that may claim them
     *     (the kernel series itself may be among them)
     */
    public List<Companion> find(PostedSeries kernel, Collection<PostedSeries> others) {
        List<PostedSeries> claimants = null; // made when a candidate has evidence: most kernel series have none
        List<Candidate> found = new ArrayList<>();
        for (PostedSeries s : others) {
            if (s.id().equals(kernel.id())) {
                continue;
            }
            Optional<Tree> tree = userSpaceTree(s);
            if (tree.isEmpty()) {
                continue;
            }
            Optional<Evidence> evidence = evidence(kernel, s, tree.get());
            if (evidence.isEmpty()) {
                continue;
            }
            if (claimants == null) {
                claimants = others.stream().filter(o -> !o.id().equals(kernel.id()) && userSpaceTree(o).isEmpty()).toList();
            }
            if (claimedElsewhere(evidence.get(), kernel, s, tree.get(), claimants)) {
                continue;
            }
            found.add(new Candidate(new Companion(s, tree.get(), evidence.get().strength != Strength.POSSIBLE,
                    evidence.get().reason), evidence.get()));
        }
        found.sort(Comparator.comparing((Candidate c) -> c.evidence, Evidence.BEST_FIRST)
                .thenComparing(c -> c.companion.series().id()));
        List<Companion> out = new ArrayList<>();
        for (Candidate c : found) {
            if (out.stream().noneMatch(o -> o.tree().equals(c.companion.tree()))) {
                out.add(c.companion);
            }
        }
        return out;
    }

    /** Whether another series has better evidence for the candidate than this kernel series. */
    private boolean claimedElsewhere(Evidence mine, PostedSeries kernel, PostedSeries candidate, Tree tree,
            List<PostedSeries> claimants) {
        for (PostedSeries other : claimants) {
            if (other.id().equals(candidate.id())) {
                continue;
            }
            Optional<Evidence> theirs = evidence(other, candidate, tree);
            int than = theirs.map(t -> Evidence.BEST_FIRST.compare(t, mine)).orElse(1);
            if (than < 0 || than == 0 && other.id().compareTo(kernel.id()) < 0) {
                return true;
            }
        }
        return false;
    }

    /** What ties the user-space series to the kernel series, strongest first, or empty for nothing. */
    private Optional<Evidence> evidence(PostedSeries kernel, PostedSeries user, Tree userTree) {
        Duration apart = Duration.between(kernel.posted(), user.posted()).abs();
        Optional<String> linked = linked(kernel, user);
        if (linked.isPresent()) {
            return Optional.of(new Evidence(Strength.LINKED, apart, linked.get()));
        }
        if (!user.authorEmail().equals(kernel.authorEmail()) || apart.compareTo(window) > 0) {
            return Optional.empty();
        }
        String timing = "same author, posted " + apart.toMinutes() + " min apart";
        Optional<String> named = named(kernel, user, userTree);
        if (named.isPresent()) {
            return Optional.of(new Evidence(Strength.NAMED, apart, named.get() + "; " + timing));
        }
        return Optional.of(new Evidence(Strength.POSSIBLE, apart,
                timing + ", but nothing links them"));
    }

    private static Optional<String> linked(PostedSeries kernel, PostedSeries user) {
        if (kernel.mentions(user)) {
            return Optional.of("the kernel series names " + user.id());
        }
        if (user.mentions(kernel)) {
            return Optional.of(user.id() + " names the kernel series");
        }
        if (kernel.sharesThreadWith(user)) {
            return Optional.of("posted in one thread with the kernel series");
        }
        Optional<String> change = kernel.changeIds().stream().filter(user.changeIds()::contains).sorted().findFirst();
        if (change.isPresent()) {
            return Optional.of("the same change-id " + change.get() + " as the kernel series");
        }
        return kernel.links().stream().filter(user.links()::contains).sorted().findFirst()
                .map(l -> "the same Link: " + l + " as the kernel series");
    }

    private Optional<String> named(PostedSeries kernel, PostedSeries user, Tree userTree) {
        for (String word : treeWords(userTree)) {
            if (kernel.names(word)) {
                return Optional.of("the kernel series names " + word);
            }
        }
        for (String word : kernelTreeWords(kernel)) {
            if (user.names(word)) {
                return Optional.of("it names " + word);
            }
        }
        String subject = kernel.bareSubject();
        if (!subject.isEmpty() && subject.equals(user.bareSubject())) {
            return Optional.of("the same subject '" + subject + "'");
        }
        return Optional.empty();
    }

    /** A tree's name, its tags and its family: the words a cover letter would name it by. */
    private static Set<String> treeWords(Tree t) {
        Set<String> words = new LinkedHashSet<>();
        words.add(t.name());
        words.addAll(t.tags());
        t.family().ifPresent(words::add);
        return words;
    }

    /** The kernel series' prefix words that tag a configured kernel tree ({@code net-next}). */
    private List<String> kernelTreeWords(PostedSeries kernel) {
        return kernel.prefixWords().stream()
                .filter(w -> trees.stream().anyMatch(t -> t.kind() == TreeKind.KERNEL && t.taggedBy(w)))
                .toList();
    }

    /** The first user-space tree a prefix word of the series tags (plain loops: asked of every series seen, per kernel series). */
    private Optional<Tree> userSpaceTree(PostedSeries s) {
        for (Tree t : userSpaceTrees) {
            for (String w : s.prefixWords()) {
                if (t.tags().contains(w)) { // both lower case
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    /** How strong the evidence is, strongest first. */
    private enum Strength { LINKED, NAMED, POSSIBLE }

    /** Evidence for one pairing; the better is the stronger, then the nearer in time. */
    private record Evidence(Strength strength, Duration apart, String reason) {
        static final Comparator<Evidence> BEST_FIRST = Comparator.comparing(Evidence::strength)
                .thenComparing(Evidence::apart);
    }

    private record Candidate(Companion companion, Evidence evidence) {}
}
