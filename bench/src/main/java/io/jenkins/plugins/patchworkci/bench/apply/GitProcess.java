package io.jenkins.plugins.patchworkci.bench.apply;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The real git for the benchmark, with a fixed identity and no personal configuration. */
final class GitProcess {

    static final String COMMITTER_NAME = "Bench Committer";
    static final String COMMITTER_EMAIL = "bench@example.org";
    static final String COMMITTER_DATE = "1700000000 +0000";

    private final Path home;

    GitProcess(Path home) {
        this.home = home;
    }

    byte[] run(Path dir, File stdin, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("GIT_"));
        pb.environment().put("HOME", home.toString());
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("GIT_AUTHOR_NAME", "Bench Author");
        pb.environment().put("GIT_AUTHOR_EMAIL", "author@example.org");
        pb.environment().put("GIT_COMMITTER_NAME", COMMITTER_NAME);
        pb.environment().put("GIT_COMMITTER_EMAIL", COMMITTER_EMAIL);
        pb.environment().put("GIT_COMMITTER_DATE", COMMITTER_DATE);
        pb.environment().putAll(env);
        if (stdin != null) {
            pb.redirectInput(stdin);
        }
        Path err = Files.createTempFile(home, "err", ".txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        int rc = p.waitFor();
        String errText = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(err);
        if (rc != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed (" + rc + "): " + errText);
        }
        return out;
    }

    String text(Path dir, String... args) throws IOException, InterruptedException {
        return new String(run(dir, null, Map.of(), args), StandardCharsets.UTF_8).strip();
    }
}
