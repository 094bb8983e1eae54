package io.jenkins.plugins.patchworkci.route;

import java.io.IOException;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * {@link History} over a JGit repository that holds each tree's branch as a ref (a mirror, or one
 * repository with the kernel trees as remotes: net and net-next share most objects).
 */
public final class GitHistory implements History {

    private final Repository repository;
    private final Function<Tree, String> refName;

    /**
     * @param repository the repository holding the trees' branches
     * @param refName the ref of a tree's branch there, e.g. {@code refs/remotes/net-next/main}
     */
    public GitHistory(Repository repository, Function<Tree, String> refName) {
        this.repository = repository;
        this.refName = refName;
    }

    /** Trees fetched as remotes named after the tree: {@code refs/remotes/<tree>/<branch>}. */
    public static GitHistory remotes(Repository repository) {
        return new GitHistory(repository, t -> "refs/remotes/" + t.name() + "/" + t.branch());
    }

    @Override
    public Optional<String> tip(Tree tree) throws IOException {
        Ref ref = repository.exactRef(refName.apply(tree));
        return ref == null || ref.getObjectId() == null ? Optional.empty() : Optional.of(ref.getObjectId().name());
    }

    @Override
    public boolean contains(Tree tree, String commit) throws IOException {
        Optional<String> tip = tip(tree);
        if (tip.isEmpty() || !AbbreviatedObjectId.isId(commit) && !commit.matches("[0-9a-fA-F]{4,40}")) {
            return false;
        }
        try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            Collection<ObjectId> ids = reader.resolve(AbbreviatedObjectId.fromString(commit.toLowerCase()));
            if (ids.size() != 1) {
                return false;
            }
            RevCommit target;
            try {
                target = walk.parseCommit(ids.iterator().next());
            } catch (MissingObjectException | IllegalArgumentException e) {
                return false;
            } catch (org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
                return false;
            }
            return walk.isMergedInto(target, walk.parseCommit(ObjectId.fromString(tip.get())));
        }
    }

    @Override
    public Optional<java.time.Instant> commitTime(Tree tree, String commit) throws IOException {
        if (!ObjectId.isId(commit)) {
            return Optional.empty();
        }
        try (RevWalk walk = new RevWalk(repository)) {
            return Optional.of(walk.parseCommit(ObjectId.fromString(commit)).getCommitterIdent().getWhenAsInstant());
        } catch (MissingObjectException | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            return Optional.empty();
        }
    }
}
