package io.jenkins.plugins.patchworkci.job;

import io.jenkins.plugins.patchworkci.route.Tree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/** The work trees of the one repository a series was applied in. */
interface WorkTrees {

    void add(ObjectId commit, Path dir) throws IOException, InterruptedException;

    void remove(Path dir) throws IOException, InterruptedException;

    void prune() throws IOException, InterruptedException;

    /** A tree's work trees, as its access keeps them. */
    static WorkTrees of(TreeAccess access, Tree tree) {
        return new WorkTrees() {
            @Override
            public void add(ObjectId commit, Path dir) throws IOException, InterruptedException {
                access.addWorkTree(tree, commit, dir);
            }

            @Override
            public void remove(Path dir) throws IOException, InterruptedException {
                access.removeWorkTree(tree, dir);
            }

            @Override
            public void prune() throws IOException, InterruptedException {
                access.pruneWorkTrees(tree);
            }
        };
    }

    /** git's own work trees of a local repository ({@code git worktree}), so git lists and removes them. */
    static WorkTrees git(Repository repo) {
        return new WorkTrees() {
            @Override
            public void add(ObjectId commit, Path dir) throws IOException, InterruptedException {
                run(repo, "worktree", "add", "--detach", "--", dir.toAbsolutePath().toString(), commit.name());
            }

            @Override
            public void remove(Path dir) throws IOException, InterruptedException {
                run(repo, "worktree", "remove", "--force", "--", dir.toAbsolutePath().toString());
            }

            @Override
            public void prune() throws IOException, InterruptedException {
                run(repo, "worktree", "prune");
            }
        };
    }

    private static void run(Repository repo, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "--git-dir", repo.getDirectory().getAbsolutePath()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + text.strip());
        }
    }
}
