package io.jenkins.plugins.patchworkci.bench.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs a set-up command (never what is timed) and returns what it printed; its failure is an exception. */
public final class Command {

    private Command() {
    }

    /** Runs {@code cmd} in {@code cwd} with {@code env} added and {@code input} (or nothing) as its standard input. */
    public static String run(Path cwd, Path input, Map<String, String> env, String... cmd)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().putAll(env);
        if (input != null) {
            pb.redirectInput(input.toFile());
        }
        Path err = Files.createTempFile("pwci-bench", ".err");
        try {
            pb.redirectError(err.toFile());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", List.of(cmd)) + " failed in " + cwd + ": "
                        + Files.readString(err).strip());
            }
            return out;
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
