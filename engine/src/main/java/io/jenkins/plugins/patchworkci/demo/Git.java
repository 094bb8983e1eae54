package io.jenkins.plugins.patchworkci.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code git} command for the demo generator: an argument list, never a shell, with a
 * fixed identity and clock so the demo's history is the same on every machine.
 */
final class Git {

    private final Path dir;
    private long clock;

    Git(Path dir, long startEpochSeconds) {
        this.dir = dir;
        this.clock = startEpochSeconds;
    }

    Path dir() {
        return dir;
    }

    /** Runs git as the given author; each call advances the clock by ten minutes. */
    String as(String name, String email, String... args) throws IOException, InterruptedException {
        clock += 600;
        String date = clock + " +0000";
        List<String> cmd = new ArrayList<>();
        cmd.add("git");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("GIT_"));
        env.put("GIT_AUTHOR_NAME", name);
        env.put("GIT_AUTHOR_EMAIL", email);
        env.put("GIT_COMMITTER_NAME", name);
        env.put("GIT_COMMITTER_EMAIL", email);
        env.put("GIT_AUTHOR_DATE", date);
        env.put("GIT_COMMITTER_DATE", date);
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("git " + String.join(" ", args) + " timed out");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed in " + dir + ":\n" + text);
        }
        return text;
    }

    String run(String... args) throws IOException, InterruptedException {
        return as("Demo Maintainer", "maintainer@demo.example.org", args);
    }
}
