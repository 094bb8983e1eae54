package io.jenkins.plugins.patchworkci.job;

import io.jenkins.plugins.patchworkci.apply.AppliedSeries;
import io.jenkins.plugins.patchworkci.apply.ApplySeries;
import io.jenkins.plugins.patchworkci.apply.MirrorCache;
import io.jenkins.plugins.patchworkci.apply.PatchToApply;
import io.jenkins.plugins.patchworkci.route.GitHistory;
import io.jenkins.plugins.patchworkci.route.History;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.route.TrialApply;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * The trees' mirrors as one run sees them: each mirror fetched at most once per run, when routing
 * or applying first needs it, and opened once. Gives routing its {@link History}, its
 * {@link TrialApply}, and the MAINTAINERS file of a kernel tree; work trees share the mirror's objects.
 */
public final class Mirrors implements TreeAccess, Closeable {

    private final MirrorCache cache;
    private final Map<String, Repository> open = new HashMap<>();

    public Mirrors(MirrorCache cache) {
        this.cache = cache;
    }

    MirrorCache cache() {
        return cache;
    }

    /** The tree's mirror, fetched once per run. */
    @Override
    public synchronized Repository repository(Tree tree) throws IOException {
        Repository r = open.get(tree.remote());
        if (r == null) {
            try {
                cache.update(tree.remote());
            } catch (InterruptedException e) {
                // History's methods throw only IOException; this subtype keeps the interruption visible.
                Thread.currentThread().interrupt();
                java.io.InterruptedIOException stop = new java.io.InterruptedIOException("interrupted while fetching " + tree.remote());
                stop.initCause(e);
                throw stop;
            }
            r = cache.open(tree.remote());
            open.put(tree.remote(), r);
        }
        return r;
    }

    private GitHistory history(Tree tree) throws IOException {
        return new GitHistory(repository(tree), t -> "refs/heads/" + t.branch());
    }

    @Override
    public Optional<String> tip(Tree tree) throws IOException {
        return history(tree).tip(tree);
    }

    @Override
    public Optional<java.time.Instant> commitTime(Tree tree, String commit) throws IOException {
        return history(tree).commitTime(tree, commit);
    }

    @Override
    public boolean contains(Tree tree, String commit) throws IOException {
        return history(tree).contains(tree, commit);
    }

    /** A trial apply of these patches onto a tree's tip, in memory: nothing is written but objects. */
    @Override
    public TrialApply trial(List<PatchToApply> patches) {
        return tree -> {
            Optional<String> tip = tip(tree);
            if (tip.isEmpty()) {
                return Optional.of("branch " + tree.branch() + " not found");
            }
            AppliedSeries r = new ApplySeries(repository(tree)).setTip(ObjectId.fromString(tip.get()))
                    .setPatches(patches).call();
            return r.applied() ? Optional.empty() : Optional.of(r.failure().map(f -> f.summary()).orElse("does not apply"));
        };
    }

    @Override
    public void addWorkTree(Tree tree, ObjectId commit, Path dir) throws IOException, InterruptedException {
        cache.addWorkTree(tree.remote(), commit, dir);
    }

    @Override
    public void removeWorkTree(Tree tree, Path dir) throws IOException, InterruptedException {
        cache.removeWorkTree(tree.remote(), dir);
    }

    @Override
    public void pruneWorkTrees(Tree tree) throws IOException, InterruptedException {
        cache.pruneWorkTrees(tree.remote());
    }

    @Override
    public synchronized void close() {
        open.values().forEach(Repository::close);
        open.clear();
    }
}
