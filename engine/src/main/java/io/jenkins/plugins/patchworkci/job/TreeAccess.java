package io.jenkins.plugins.patchworkci.job;

import io.jenkins.plugins.patchworkci.apply.PatchToApply;
import io.jenkins.plugins.patchworkci.route.History;
import io.jenkins.plugins.patchworkci.route.Maintainers;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.route.TrialApply;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Where a {@link SeriesJob} finds the configured trees: what routing reads ({@link History}, a
 * trial apply, MAINTAINERS), the repository a series is applied in, and the work trees checked out
 * of it. The service's mirrors ({@link Mirrors}) and a local repository ({@link LocalTrees}).
 */
public interface TreeAccess extends History {

    /** The repository holding the tree's branch; owned by this access, not closed by the caller. */
    Repository repository(Tree tree) throws IOException;

    /** A trial apply of these patches onto a tree's tip, in memory: nothing is written but objects. */
    TrialApply trial(List<PatchToApply> patches);

    /** The MAINTAINERS file at the tip of a tree, when the tree is here and has one. */
    default Optional<Maintainers> maintainers(Tree tree) throws IOException {
        Optional<String> tip = tip(tree);
        if (tip.isEmpty()) {
            return Optional.empty();
        }
        Repository repo = repository(tree);
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit c = walk.parseCommit(ObjectId.fromString(tip.get()));
            try (TreeWalk tw = TreeWalk.forPath(repo, "MAINTAINERS", c.getTree())) {
                if (tw == null) {
                    return Optional.empty();
                }
                try (Reader r = new InputStreamReader(repo.open(tw.getObjectId(0)).openStream(), StandardCharsets.UTF_8)) {
                    return Optional.of(Maintainers.read(r));
                }
            }
        }
    }

    /** A detached work tree of {@code commit} at {@code dir}, which must not exist. */
    void addWorkTree(Tree tree, ObjectId commit, Path dir) throws IOException, InterruptedException;

    /** Removes a work tree {@link #addWorkTree} made. */
    void removeWorkTree(Tree tree, Path dir) throws IOException, InterruptedException;

    /** Forgets work trees of the tree's repository whose directories are gone, so a path can be reused. */
    void pruneWorkTrees(Tree tree) throws IOException, InterruptedException;
}
