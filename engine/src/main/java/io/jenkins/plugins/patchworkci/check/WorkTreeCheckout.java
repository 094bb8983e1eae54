package io.jenkins.plugins.patchworkci.check;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Moves the work tree between the series' commits for checks that must build, and puts it back
 * where it was (the branch or commit it had) on close. Untracked build output stays, so builds
 * are incremental, as NIPA's are.
 */
final class WorkTreeCheckout implements Closeable {

    private final Repository repo;
    private final Git git;
    private final String original;

    WorkTreeCheckout(Path workTree) throws IOException {
        this.repo = new FileRepositoryBuilder().findGitDir(workTree.toFile()).setMustExist(true).build();
        this.git = new Git(repo);
        String full = repo.getFullBranch();
        this.original = full != null && full.startsWith("refs/heads/") ? repo.getBranch() : repo.resolve("HEAD").name();
    }

    void checkout(String commit) throws IOException {
        try {
            git.checkout().setName(commit).setForced(true).call();
        } catch (GitAPIException e) {
            throw new IOException("cannot check out " + commit + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            checkout(original);
        } finally {
            git.close();
            repo.close();
        }
    }
}
