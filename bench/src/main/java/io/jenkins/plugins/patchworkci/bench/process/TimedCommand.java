package io.jenkins.plugins.patchworkci.bench.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a command as a whole process under GNU time ({@code /usr/bin/time}, Debian's package
 * {@code time}), which reports the CPU time and peak resident set of the process and its children
 * (a launcher script's JVM, git am's git apply). Wall time is taken here, around the process.
 */
public final class TimedCommand {

    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    private TimedCommand() {
    }

    /** Whether GNU time is installed; without it the whole-process figures cannot be taken. */
    public static boolean available() {
        return Files.isExecutable(GNU_TIME);
    }

    /**
     * Runs {@code command} in {@code cwd} with {@code env} added, its output discarded; fails when
     * it exits non-zero, unless {@code mayFail}.
     */
    public static ProcessCost run(Path cwd, Map<String, String> env, boolean mayFail, List<String> command)
            throws IOException, InterruptedException {
        Path report = Files.createTempFile("pwci-bench-time", ".txt");
        Path err = Files.createTempFile("pwci-bench-err", ".txt");
        try {
            List<String> cmd = new ArrayList<>(List.of(GNU_TIME.toString(), "-o", report.toString(), "-f", "%U %S %M"));
            cmd.addAll(command);
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
            pb.environment().putAll(env);
            long t0 = System.nanoTime();
            int exit = pb.start().waitFor();
            double wall = (System.nanoTime() - t0) / 1e9;
            if (exit != 0 && !mayFail) {
                throw new IOException(String.join(" ", command) + " exited " + exit + " in " + cwd + ": "
                        + Files.readString(err, StandardCharsets.UTF_8).strip());
            }
            // GNU time writes "Command exited with non-zero status N" first when the command failed
            List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
            String[] f = lines.get(lines.size() - 1).trim().split(" ");
            return new ProcessCost(wall, Double.parseDouble(f[0]) + Double.parseDouble(f[1]), Long.parseLong(f[2]));
        } finally {
            Files.deleteIfExists(report);
            Files.deleteIfExists(err);
        }
    }
}
