package io.jenkins.plugins.patchworkci.job;

import io.jenkins.plugins.patchworkci.check.BuildEnvironment;
import io.jenkins.plugins.patchworkci.check.ToolLauncher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where build and test commands run. They run patched code from the internet, so besides getting
 * no secrets (their {@link BuildEnvironment}) they can be confined: {@code bubblewrap} (Debian
 * package {@code bubblewrap}) gives them a read-only view of the system, their work tree and the
 * run's scratch (HOME, TMPDIR) writable, a private /tmp, no network and no view of other
 * processes; {@code none} runs them as they are, for machines that are themselves disposable (a
 * Jenkins agent, a VM).
 */
public enum Sandbox {
    NONE,
    BUBBLEWRAP;

    public static Sandbox parse(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "none" -> NONE;
            case "bubblewrap", "bwrap" -> BUBBLEWRAP;
            default -> throw new IllegalArgumentException("sandbox must be none or bubblewrap, not '" + name + "'");
        };
    }

    /**
     * The command line that runs {@code command} in {@code workTree} inside this sandbox: the work
     * tree and {@code scratch} (the run's, holding HOME and TMPDIR) its only writable places, a
     * private /tmp, and {@code readable} directories visible read-only even where the sandbox hides
     * what is around them (a scratch directory under the private /tmp).
     */
    List<String> wrap(List<String> command, Path workTree, Path scratch, List<Path> readable) {
        if (this == NONE) {
            return command;
        }
        List<String> out = new ArrayList<>(List.of(
                "bwrap",
                "--ro-bind", "/", "/",
                "--dev", "/dev",
                "--proc", "/proc",
                "--tmpfs", "/tmp",
                // After the private /tmp, so that a scratch under /tmp is the real one.
                "--bind", scratch.toString(), scratch.toString()));
        for (Path p : readable) {
            out.addAll(List.of("--ro-bind", p.toString(), p.toString()));
        }
        out.addAll(List.of(
                "--bind", workTree.toString(), workTree.toString(),
                "--chdir", workTree.toString(),
                "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-net",
                "--die-with-parent", "--new-session",
                "--"));
        out.addAll(command);
        return out;
    }

    /**
     * How a run starts code from a patched tree (its build commands and test suites, and the checks'
     * checkpatch.pl, kernel-doc, get_maintainer.pl and {@code build_warnings} builds): in this
     * sandbox, without network, in {@code environment}, and with the pipeline's time limit for builds.
     */
    public ToolLauncher launcher(BuildEnvironment environment, Duration buildTimeout) {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(buildTimeout, "buildTimeout");
        return new ToolLauncher() {
            @Override
            public List<String> wrap(List<String> command, Path writable, List<Path> readable) {
                return Sandbox.this.wrap(command, writable, environment.scratch(), readable);
            }

            @Override
            public BuildEnvironment environment() {
                return environment;
            }

            @Override
            public Optional<Duration> buildTimeout() {
                return Optional.of(buildTimeout);
            }
        };
    }
}
