package io.jenkins.plugins.patchworkci.apply;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Applies patches one after the other onto a base commit, in the object database, making one
 * commit per patch; stops at the first patch that does not apply. With a {@link ThreeWayFallback}
 * a patch that does not apply directly is retried as {@code git am -3} retries it.
 */
final class SeriesApplier {

    /** What applying onto one base gave: the commits made, and the failure that stopped it, if any. */
    record Outcome(ObjectId base, List<AppliedCommit> commits, Optional<ApplyFailure> failure, int threeWayPatches) {
        boolean applied() {
            return failure.isEmpty();
        }

        ObjectId head() {
            return commits.isEmpty() ? base : commits.get(commits.size() - 1).commit();
        }
    }

    private final Repository repo;
    private final ObjectReader reader;
    private final ObjectInserter inserter;
    private final DiffApplier diffs;
    private final PatchCommitter committer;

    SeriesApplier(Repository repo, ObjectReader reader, ObjectInserter inserter, ApplyLimits limits,
            boolean refuseCaseCollisions, CommitSettings settings) {
        this.repo = repo;
        this.reader = reader;
        this.inserter = inserter;
        this.diffs = new DiffApplier(reader, inserter, limits, refuseCaseCollisions);
        this.committer = new PatchCommitter(inserter, settings);
    }

    DiffApplier diffs() {
        return diffs;
    }

    Outcome apply(ObjectId base, List<PatchToApply> patches, int prerequisites, ThreeWayFallback fallback)
            throws IOException {
        List<AppliedCommit> commits = new ArrayList<>();
        ObjectId parent = base;
        ObjectId parentTree = tree(base);
        int threeWay = 0;
        for (int i = 0; i < patches.size(); i++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new java.io.InterruptedIOException("interrupted while applying");
            }
            PatchToApply p = patches.get(i);
            try {
                ObjectId tree;
                try {
                    tree = applyDiff(p, parentTree);
                } catch (PatchRejected direct) {
                    if (fallback == null || direct.isFatal()) {
                        throw direct;
                    }
                    tree = fallback.apply(p, parent, parentTree, direct);
                    threeWay++;
                }
                if (tree.equals(parentTree)) {
                    throw new PatchRejected("No changes -- Patch already applied.", (String) null);
                }
                ObjectId commit = committer.commit(p, parent, tree);
                commits.add(new AppliedCommit(i + 1, p.info().subject(), commit, tree, i < prerequisites));
                parent = commit;
                parentTree = tree;
            } catch (PatchRejected e) {
                return new Outcome(base, commits, Optional.of(ApplyFailure.of(i + 1, p.info().subject(), e)), threeWay);
            } catch (java.io.InterruptedIOException e) {
                throw e;
            } catch (IOException e) {
                // Not the patch's fault (a full disk, a broken repository): an error naming where it happened.
                throw new IOException("cannot apply patch " + (i + 1) + "/" + patches.size() + " '"
                        + p.info().subject() + "': " + e.getMessage(), e);
            }
        }
        inserter.flush();
        return new Outcome(base, commits, Optional.empty(), threeWay);
    }

    ObjectId applyDiff(PatchToApply p, ObjectId parentTree) throws PatchRejected, IOException {
        if (!p.info().hasPatch()) {
            throw new PatchRejected("Patch is empty", (String) null);
        }
        TreeOverlay overlay = new TreeOverlay(reader, parentTree);
        diffs.apply(p.info().patch(), overlay);
        return overlay.write(inserter);
    }

    ObjectId tree(ObjectId commit) throws IOException {
        try (RevWalk rw = new RevWalk(reader)) {
            RevCommit c = rw.parseCommit(commit);
            return c.getTree().copy();
        }
    }

    Repository repository() {
        return repo;
    }

    /** Retries a patch that did not apply directly (tiers 3 and 4). */
    interface ThreeWayFallback {
        ObjectId apply(PatchToApply patch, ObjectId parent, ObjectId parentTree, PatchRejected direct)
                throws PatchRejected, IOException;
    }
}
