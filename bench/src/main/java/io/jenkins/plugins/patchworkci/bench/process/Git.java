package io.jenkins.plugins.patchworkci.bench.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The git command, for setting up the whole-process benchmarks (never what is timed). */
final class Git {

    /** The committer for both sides, so that identical work makes identical commit ids. */
    static final Map<String, String> ENV = Map.of("GIT_COMMITTER_NAME", "Bench Committer",
            "GIT_COMMITTER_EMAIL", "bench@example.org", "GIT_COMMITTER_DATE", "1700000000 +0000");

    private Git() {
    }

    static String run(Path cwd, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        return Command.run(cwd, null, ENV, cmd.toArray(String[]::new));
    }

    /** {@code dir} checked out at {@code commit} on branch {@code bench}, clean, no am in progress. */
    static void reset(Path dir, String commit) throws IOException, InterruptedException {
        Path am = dir.resolve(".git/rebase-apply");
        if (Files.exists(am)) {
            run(dir, "am", "--abort");
        }
        run(dir, "checkout", "-q", "-f", "-B", "bench", commit);
        run(dir, "clean", "-q", "-fdx");
        run(dir, "update-index", "-q", "--refresh");
    }
}
