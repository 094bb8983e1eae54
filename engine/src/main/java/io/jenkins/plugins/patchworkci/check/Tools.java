package io.jenkins.plugins.patchworkci.check;

import java.time.Duration;
import java.util.Objects;

/**
 * How checks run programs: the interpreters for the tree's scripts, the time each run may take,
 * and how much of its output is kept.
 *
 * @param perl the perl interpreter (a name looked up on PATH, or a path)
 * @param python the python interpreter, for trees whose kernel-doc is Python
 * @param timeout the limit for one tool run (a build may take its own, see {@code build_warnings})
 * @param maxOutput the bytes of output kept per stream; the rest is drained and counted
 */
public record Tools(String perl, String python, Duration timeout, int maxOutput) {

    public Tools {
        Objects.requireNonNull(perl, "perl");
        Objects.requireNonNull(python, "python");
        Objects.requireNonNull(timeout, "timeout");
        if (maxOutput < 1024) {
            throw new IllegalArgumentException("keep at least 1 KiB of output, not " + maxOutput);
        }
    }

    public static Tools defaults() {
        return new Tools("perl", "python3", Duration.ofMinutes(5), 4 << 20);
    }
}
