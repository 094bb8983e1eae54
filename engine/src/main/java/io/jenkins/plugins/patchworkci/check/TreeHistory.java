package io.jenkins.plugins.patchworkci.check;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Reads files of the target tree as they were at a commit, from the object database (JGit), so
 * checks that compare before and after a patch need no checkout.
 */
final class TreeHistory implements Closeable {

    private final Repository repo;

    private TreeHistory(Repository repo) {
        this.repo = repo;
    }

    static TreeHistory open(Path workTree) throws IOException {
        return new TreeHistory(new FileRepositoryBuilder().findGitDir(workTree.toFile()).setMustExist(true).build());
    }

    /** The file's bytes at the commit; empty when the file does not exist there. */
    Optional<byte[]> read(String commit, String path) throws IOException {
        ObjectId id = repo.resolve(commit);
        if (id == null) {
            throw new IOException("no commit " + commit + " in " + repo.getDirectory());
        }
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit c = walk.parseCommit(id);
            try (TreeWalk tw = TreeWalk.forPath(repo, path, c.getTree())) {
                if (tw == null || tw.getFileMode(0).getObjectType() != org.eclipse.jgit.lib.Constants.OBJ_BLOB) {
                    return Optional.empty();
                }
                return Optional.of(repo.open(tw.getObjectId(0)).getBytes());
            }
        }
    }

    Optional<String> readText(String commit, String path) throws IOException {
        return read(commit, path).map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8));
    }

    Repository repository() {
        return repo;
    }

    @Override
    public void close() {
        repo.close();
    }
}
