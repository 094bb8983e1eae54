package io.jenkins.plugins.patchworkci.job;

import io.jenkins.plugins.patchworkci.check.ProcessTree;
import io.jenkins.plugins.patchworkci.check.ToolLauncher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs build and test commands on patched code: an argument list (never a shell line built from
 * mail), in the work tree, with a time limit, output captured to a log file, started by the run's
 * {@link ToolLauncher} (its sandbox) in its {@link io.jenkins.plugins.patchworkci.check.BuildEnvironment}:
 * an environment made from scratch, so no token, password or credential of ours reaches the
 * patched code, and HOME and TMPDIR in the run's scratch, never in the published report.
 */
public final class CommandRunner {

    /** How much of a command's output is kept in memory for parsing (the log has it all). */
    public static final int KEPT_OUTPUT = 4 * 1024 * 1024;

    private final ToolLauncher launcher;
    private final Duration timeout;

    /**
     * @param launcher how the commands start: the run's sandbox and build environment
     * @param timeout how long one command may run
     */
    public CommandRunner(ToolLauncher launcher, Duration timeout) {
        this.launcher = Objects.requireNonNull(launcher, "launcher");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    public CommandResult run(List<String> command, Path workTree, Path log) throws IOException, InterruptedException {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = launcher.processFor(command, workTree, List.of()).redirectErrorStream(true);
        long start = System.nanoTime();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            Files.writeString(log, "could not start: " + e.getMessage() + "\n");
            return new CommandResult(command, -1, false, Duration.ZERO, log, "", String.valueOf(e.getMessage()));
        }
        p.getOutputStream().close();
        TailBuffer tail = new TailBuffer(KEPT_OUTPUT);
        Thread pump = new Thread(() -> copy(p.getInputStream(), log, tail), "command-output");
        pump.setDaemon(true);
        pump.start();
        boolean finished;
        try {
            finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            // The run is being stopped: nothing it started may outlive it.
            ProcessTree.kill(p.toHandle());
            throw e;
        }
        if (!finished) {
            ProcessTree.kill(p.toHandle());
        }
        pump.join(TimeUnit.SECONDS.toMillis(10));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new CommandResult(command, finished ? p.exitValue() : -1, !finished, took, log, tail.text(), "");
    }

    /**
     * Pumps the command's output to its log and the tail buffer. A log that cannot be written (the
     * disk is full) must not stop the pump: the command would block on a full pipe until its
     * timeout. Its output is still drained and kept, with a note saying the log is incomplete.
     */
    private static void copy(InputStream in, Path log, TailBuffer tail) {
        OutputStream out = null;
        String logError = null;
        try {
            out = Files.newOutputStream(log);
        } catch (IOException e) {
            logError = String.valueOf(e.getMessage());
        }
        try (in) {
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                tail.add(buf, n);
                if (out != null) {
                    try {
                        out.write(buf, 0, n);
                    } catch (IOException e) {
                        logError = String.valueOf(e.getMessage());
                        closeQuietly(out);
                        out = null;
                    }
                }
            }
        } catch (IOException ignored) {
            // The process was killed; what was read is kept.
        } finally {
            if (out != null) {
                closeQuietly(out);
            }
        }
        if (logError != null) {
            byte[] note = ("\n[pwci: the log " + log + " could not be written: " + logError + "]\n")
                    .getBytes(StandardCharsets.UTF_8);
            tail.add(note, note.length);
        }
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException ignored) {
            // already failing; the note says so
        }
    }

    /** The last N bytes of a stream. */
    private static final class TailBuffer {
        private final byte[] buf;
        private int len;
        private long total;

        TailBuffer(int size) {
            buf = new byte[size];
        }

        synchronized void add(byte[] b, int n) {
            total += n;
            if (n >= buf.length) {
                System.arraycopy(b, n - buf.length, buf, 0, buf.length);
                len = buf.length;
                return;
            }
            int keep = Math.min(len, buf.length - n);
            System.arraycopy(buf, len - keep, buf, 0, keep);
            System.arraycopy(b, 0, buf, keep, n);
            len = keep + n;
        }

        synchronized String text() {
            String s = new String(buf, 0, len, StandardCharsets.UTF_8);
            return total > len ? "[... " + (total - len) + " bytes cut; see the log]\n" + s : s;
        }
    }
}
