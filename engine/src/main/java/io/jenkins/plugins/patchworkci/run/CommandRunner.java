package io.jenkins.plugins.patchworkci.run;

import io.jenkins.plugins.patchworkci.check.ProcessTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs build and test commands on patched code: an argument list (never a shell line built from
 * mail), in the work tree, with a time limit, output captured to a log file, and an environment
 * made from scratch — PATH, a HOME inside the run, a C locale and the variables the pipeline names
 * — so no token, password or credential of ours can reach the patched code.
 */
public final class CommandRunner {

    /** How much of a command's output is kept in memory for parsing (the log has it all). */
    public static final int KEPT_OUTPUT = 4 * 1024 * 1024;

    private final Sandbox sandbox;
    private final Duration timeout;
    private final Map<String, String> extraEnv;
    private final boolean network;

    /**
     * @param sandbox where commands run
     * @param timeout how long one command may run
     * @param extraEnv variables the pipeline sets for its commands (never secrets)
     * @param network whether sandboxed commands may use the network (for tests that need it)
     */
    public CommandRunner(Sandbox sandbox, Duration timeout, Map<String, String> extraEnv, boolean network) {
        this.sandbox = sandbox;
        this.timeout = timeout;
        this.extraEnv = Map.copyOf(extraEnv);
        this.network = network;
    }

    /** The environment a command gets, and nothing else. */
    Map<String, String> environment(Path home) {
        Map<String, String> env = new java.util.TreeMap<>();
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin");
        env.put("HOME", home.toString());
        env.put("LANG", "C.UTF-8");
        env.put("LC_ALL", "C.UTF-8");
        env.putAll(extraEnv);
        return env;
    }

    public CommandResult run(List<String> command, Path workTree, Path log) throws IOException, InterruptedException {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
        Files.createDirectories(log.getParent());
        Path home = Files.createDirectories(log.getParent().resolve("home"));
        ProcessBuilder pb = new ProcessBuilder(sandbox.wrap(command, workTree, network))
                .directory(workTree.toFile())
                .redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(environment(home));
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
