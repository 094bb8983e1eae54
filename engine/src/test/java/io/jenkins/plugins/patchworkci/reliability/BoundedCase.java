package io.jenkins.plugins.patchworkci.reliability;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * One fuzz case run under bounds: a wall-clock limit (the case runs on its own thread and is
 * abandoned when over it) and a limit on the bytes the case allocates (measured on that thread,
 * so garbage counts too: a parser that inflates or copies without bound is caught even when the
 * heap would have coped). A failing input is written under {@code target/fuzz-failures/} so it can
 * be replayed and added to the hostile corpus.
 */
final class BoundedCase {

    /** Cases per property: the CI default unless {@code -Dpwci.fuzz.tries=N} asks for more. */
    static int tries(int ciDefault) {
        return Integer.getInteger("pwci.fuzz.tries", ciDefault);
    }

    private BoundedCase() {}

    static <T> T run(String what, byte[] input, Duration time, long maxAllocatedBytes, ThrowingSupplier<T> body) {
        try {
            return assertTimeoutPreemptively(time, () -> {
                com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
                long before = mx.getCurrentThreadAllocatedBytes();
                T out = body.get();
                long used = mx.getCurrentThreadAllocatedBytes() - before;
                if (used > maxAllocatedBytes) {
                    throw new AssertionError(what + ": allocated " + used + " bytes for an input of " + input.length
                            + " (bound " + maxAllocatedBytes + ")");
                }
                return out;
            }, () -> what + ": over " + time);
        } catch (Throwable t) {
            throw new AssertionError(what + " failed on the input saved as " + save(what, input) + ": " + t, t);
        }
    }

    private static Path save(String what, byte[] input) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(input);
            Path f = dir.resolve(what.replaceAll("[^A-Za-z0-9]", "_") + "-" + HexFormat.of().formatHex(digest, 0, 6));
            Files.write(f, input);
            return f.toAbsolutePath();
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            return Path.of("(not saved: " + e.getMessage() + ")");
        }
    }
}
