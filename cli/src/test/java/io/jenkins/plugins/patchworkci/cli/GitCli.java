package io.jenkins.plugins.patchworkci.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real {@code git}, the oracle the tests compare pwci with. */
final class GitCli {

    private GitCli() {}

    static String run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("GIT_COMMITTER_DATE", "1793610000 +0000");
        pb.environment().put("GIT_AUTHOR_DATE", "1793610000 +0000");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " in " + dir + " failed:\n" + out);
        }
        return out;
    }
}
