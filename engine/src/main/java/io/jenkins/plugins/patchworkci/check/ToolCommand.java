package io.jenkins.plugins.patchworkci.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs one program on a patched tree as an argument list, never through a shell: in a given
 * directory, started by its {@link ToolLauncher} (a sandbox, or directly) in the launcher's
 * {@link BuildEnvironment} (no token or credential of the CI process, and a HOME and TMPDIR of the
 * run's scratch), with a time limit, and keeping a bounded part of its output.
 */
public final class ToolCommand {

    private final List<String> command;
    private Path directory;
    private byte[] input = new byte[0];
    private Duration timeout = Duration.ofMinutes(5);
    private int maxOutput = 4 << 20;
    private ToolLauncher launcher = ToolLauncher.UNSET;
    private List<Path> readable = List.of();

    public ToolCommand(List<String> command) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("a command needs a program");
        }
        this.command = List.copyOf(command);
    }

    public ToolCommand directory(Path dir) {
        this.directory = dir;
        return this;
    }

    public ToolCommand input(byte[] bytes) {
        this.input = bytes.clone();
        return this;
    }

    public ToolCommand timeout(Duration limit) {
        this.timeout = Objects.requireNonNull(limit);
        return this;
    }

    public ToolCommand maxOutput(int bytes) {
        this.maxOutput = bytes;
        return this;
    }

    /**
     * Starts the program through a launcher (a sandbox, or directly), in the launcher's environment,
     * writing only in its {@link #directory} and the environment's scratch, and reading besides them
     * the given directories. Without a launcher the command does not start.
     */
    public ToolCommand launchedBy(ToolLauncher how, Path... alsoReadable) {
        this.launcher = Objects.requireNonNull(how);
        this.readable = List.of(alsoReadable);
        return this;
    }

    public ToolCommand using(Tools tools) {
        return timeout(tools.timeout()).maxOutput(tools.maxOutput());
    }

    public ToolOutput call() throws IOException, InterruptedException {
        if (directory == null) {
            throw new IllegalStateException("a command on a patched tree needs its directory: " + this);
        }
        Process p = launcher.processFor(command, directory, readable).start();
        Drain out = new Drain(p.getInputStream(), maxOutput);
        Drain err = new Drain(p.getErrorStream(), maxOutput);
        out.start();
        err.start();
        // Input is fed from its own thread: a tool that never reads it must still meet its time limit.
        Thread feeder = new Thread(() -> {
            try (OutputStream stdin = p.getOutputStream()) {
                stdin.write(input);
            } catch (IOException ignored) {
                // The tool may exit without reading its input; its exit status says what happened.
            }
        }, "tool-input");
        feeder.setDaemon(true);
        feeder.start();
        boolean finished;
        try {
            finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            kill(p);
            throw e;
        }
        if (!finished) {
            kill(p);
        }
        out.join(10_000);
        err.join(10_000);
        return new ToolOutput(finished ? p.exitValue() : -1, out.text(), err.text(),
                out.truncated || err.truncated, !finished);
    }

    private static void kill(Process p) {
        ProcessTree.kill(p.toHandle()); // inside bubblewrap too: the sandbox and all it runs
    }

    @Override
    public String toString() {
        return String.join(" ", command);
    }

    /** Reads a stream to its end, keeping the first bytes; a tool never blocks on a full pipe. */
    private static final class Drain extends Thread {
        private final InputStream in;
        private final int limit;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        volatile boolean truncated;

        Drain(InputStream in, int limit) {
            this.in = in;
            this.limit = limit;
            setDaemon(true);
        }

        @Override
        public void run() {
            byte[] buf = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    int room = limit - kept.size();
                    if (room > 0) {
                        kept.write(buf, 0, Math.min(room, n));
                    }
                    if (n > room) {
                        truncated = true;
                    }
                }
            } catch (IOException ignored) {
                // The process was killed; what was read is what there is.
            }
        }

        String text() {
            return kept.toString(StandardCharsets.UTF_8);
        }
    }

    /** The command line of one of the tree's scripts: its interpreter from its #! line, then the script. */
    public static List<String> script(Path tree, String relative, Tools tools) throws IOException {
        Path file = tree.resolve(relative);
        String first;
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] head = in.readNBytes(128);
            String s = new String(head, StandardCharsets.UTF_8);
            int nl = s.indexOf('\n');
            first = nl < 0 ? s : s.substring(0, nl);
        }
        List<String> cmd = new ArrayList<>();
        if (first.startsWith("#!") && first.contains("python")) {
            cmd.add(tools.python());
        } else {
            // checkpatch.pl, get_maintainer.pl and 6.1's kernel-doc are Perl; so is anything without a #! line.
            cmd.add(tools.perl());
        }
        cmd.add(file.toString());
        return cmd;
    }
}
