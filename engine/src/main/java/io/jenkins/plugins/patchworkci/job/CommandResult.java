package io.jenkins.plugins.patchworkci.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How one build or test command ended.
 *
 * @param command the command as configured (not the sandbox wrapper)
 * @param exitCode the exit code, or -1 when it timed out or could not start
 * @param timedOut whether the time limit stopped it
 * @param duration how long it ran
 * @param log the file holding its combined output
 * @param output the output, bounded to the last {@link CommandRunner#KEPT_OUTPUT} bytes
 * @param error why it could not start, or empty
 */
public record CommandResult(List<String> command, int exitCode, boolean timedOut, Duration duration, Path log,
        String output, String error) {

    public boolean succeeded() {
        return exitCode == 0 && !timedOut && error.isEmpty();
    }

    /** One line: {@code make -j2: exit 2 after 12 s}. */
    public String summary() {
        String what = String.join(" ", command);
        if (!error.isEmpty()) {
            return what + ": could not start (" + error + ")";
        }
        if (timedOut) {
            return what + ": stopped after the time limit of " + duration.toSeconds() + " s";
        }
        return what + ": exit " + exitCode + " after " + duration.toSeconds() + " s";
    }
}
