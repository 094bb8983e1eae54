package io.jenkins.plugins.patchworkci.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.eclipse.jgit.lib.ObjectId;

/** Moves a work tree from commit to commit while the series is built and tested. */
public final class WorkTreeCheckout {

    private WorkTreeCheckout() {}

    /** Moves the work tree to a commit; git rewrites only the files that differ, so make stays incremental. */
    public static void move(Path workTree, ObjectId commit) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("git", "checkout", "-q", "--detach", commit.name())
                .directory(workTree.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("git checkout " + commit.name() + " in " + workTree + " failed: " + out);
        }
    }
}
