package io.jenkins.plugins.patchworkci.job;

import io.jenkins.plugins.patchworkci.apply.AppliedSeries;
import io.jenkins.plugins.patchworkci.apply.ApplySeries;
import io.jenkins.plugins.patchworkci.apply.PatchToApply;
import io.jenkins.plugins.patchworkci.route.GitHistory;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.route.TrialApply;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * The configured trees as a local repository holds them, so {@code pwci apply} routes without
 * fetching anything: a tree is the remote whose URL is the tree's remote (any scheme, with or
 * without {@code .git}), else a remote named after the tree, else a local branch named after it.
 * A tree the repository has none of has no tip, and routing says so. Work trees are git's own
 * ({@code git worktree}), so git lists and removes them.
 */
public final class LocalTrees implements TreeAccess {

    private final Repository repo;
    private final Map<String, String> refs = new HashMap<>();
    private final GitHistory history;

    public LocalTrees(Repository repo, List<Tree> trees) throws IOException {
        this.repo = repo;
        for (Tree t : trees) {
            refs.put(t.name(), refOf(t));
        }
        this.history = new GitHistory(repo, t -> refs.getOrDefault(t.name(), "refs/heads/" + t.name()));
    }

    private String refOf(Tree t) throws IOException {
        var config = repo.getConfig();
        for (String remote : config.getSubsections("remote")) {
            for (String url : config.getStringList("remote", remote, "url")) {
                if (t.isAt(url)) {
                    return "refs/remotes/" + remote + "/" + t.branch();
                }
            }
        }
        String named = "refs/remotes/" + t.name() + "/" + t.branch();
        return repo.exactRef(named) != null ? named : "refs/heads/" + t.name();
    }

    /** The ref a tree's branch is read from here, and whether it exists. */
    public String describe(Tree t) throws IOException {
        String ref = refs.get(t.name());
        return ref + (repo.exactRef(ref) == null ? " (not in this repository)" : "");
    }

    @Override
    public Optional<String> tip(Tree tree) throws IOException {
        return history.tip(tree);
    }

    @Override
    public Optional<java.time.Instant> commitTime(Tree tree, String commit) throws IOException {
        return history.commitTime(tree, commit);
    }

    @Override
    public boolean contains(Tree tree, String commit) throws IOException {
        return history.contains(tree, commit);
    }

    /** A trial apply onto a tree's tip, in memory: only objects are written. */
    @Override
    public TrialApply trial(List<PatchToApply> patches) {
        return tree -> {
            Optional<String> tip = tip(tree);
            if (tip.isEmpty()) {
                return Optional.of(refs.get(tree.name()) + " is not in this repository");
            }
            AppliedSeries r = new ApplySeries(repo).setTip(ObjectId.fromString(tip.get())).setPatches(patches).call();
            return r.applied() ? Optional.empty() : Optional.of(r.failure().map(f -> f.summary()).orElse("does not apply"));
        };
    }

    /** The one repository holds every tree. */
    @Override
    public Repository repository(Tree tree) {
        return repo;
    }

    @Override
    public void addWorkTree(Tree tree, ObjectId commit, Path dir) throws IOException, InterruptedException {
        WorkTrees.git(repo).add(commit, dir);
    }

    @Override
    public void removeWorkTree(Tree tree, Path dir) throws IOException, InterruptedException {
        WorkTrees.git(repo).remove(dir);
    }

    @Override
    public void pruneWorkTrees(Tree tree) throws IOException, InterruptedException {
        WorkTrees.git(repo).prune();
    }
}
