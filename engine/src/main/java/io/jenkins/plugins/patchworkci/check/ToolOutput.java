package io.jenkins.plugins.patchworkci.check;

/**
 * What one tool run left: its exit status and its two streams, each cut at the kept size.
 *
 * @param exitCode the exit status; -1 when the run timed out and was killed
 * @param stdout standard output (UTF-8, malformed bytes replaced), at most the kept size
 * @param stderr standard error, likewise
 * @param truncated whether either stream was longer than what was kept
 * @param timedOut whether the run was killed at its time limit
 */
public record ToolOutput(int exitCode, String stdout, String stderr, boolean truncated, boolean timedOut) {

    public boolean succeeded() {
        return exitCode == 0 && !timedOut;
    }

    /** Both streams, output first, for details. */
    public String combined() {
        if (stderr.isEmpty()) {
            return stdout;
        }
        return stdout.isEmpty() ? stderr : stdout + (stdout.endsWith("\n") ? "" : "\n") + stderr;
    }
}
