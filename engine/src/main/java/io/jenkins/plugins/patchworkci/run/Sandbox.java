package io.jenkins.plugins.patchworkci.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where build and test commands run. They run patched code from the internet, so besides getting
 * no secrets they can be confined: {@code bubblewrap} (Debian package {@code bubblewrap}) gives
 * them a read-only view of the system, their work tree writable, a private /tmp, no network and
 * no view of other processes; {@code none} runs them as they are, for machines that are
 * themselves disposable (a Jenkins agent, a VM).
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

    /** The command line that runs {@code command} in {@code workTree} inside this sandbox. */
    List<String> wrap(List<String> command, Path workTree, boolean network) {
        return wrap(command, workTree, List.of(), network);
    }

    /**
     * The command line that runs {@code command} in {@code workTree} inside this sandbox, the
     * work tree its one writable place, and {@code readable} directories visible read-only even
     * where the sandbox hides what is around them (a scratch directory under the private /tmp).
     */
    List<String> wrap(List<String> command, Path workTree, List<Path> readable, boolean network) {
        if (this == NONE) {
            return command;
        }
        List<String> out = new ArrayList<>(List.of(
                "bwrap",
                "--ro-bind", "/", "/",
                "--dev", "/dev",
                "--proc", "/proc",
                "--tmpfs", "/tmp"));
        for (Path p : readable) {
            out.addAll(List.of("--ro-bind", p.toString(), p.toString()));
        }
        out.addAll(List.of(
                "--bind", workTree.toString(), workTree.toString(),
                "--chdir", workTree.toString(),
                "--unshare-pid", "--unshare-ipc", "--unshare-uts",
                "--die-with-parent", "--new-session"));
        if (!network) {
            out.add("--unshare-net");
        }
        out.add("--");
        out.addAll(command);
        return out;
    }

    /**
     * How checks start programs from a patched tree (checkpatch.pl, kernel-doc, get_maintainer.pl,
     * the build of {@code build_warnings}): in this sandbox, without network, as build commands
     * run, and with the pipeline's build variables and time limit for builds.
     */
    public io.jenkins.plugins.patchworkci.check.ToolLauncher launcher(Map<String, String> buildEnv,
            Duration buildTimeout) {
        Map<String, String> env = Map.copyOf(buildEnv);
        return new io.jenkins.plugins.patchworkci.check.ToolLauncher() {
            @Override
            public List<String> wrap(List<String> command, Path writable, List<Path> readable) {
                return Sandbox.this.wrap(command, writable, readable, false);
            }

            @Override
            public Map<String, String> buildEnvironment() {
                return env;
            }

            @Override
            public Optional<Duration> buildTimeout() {
                return Optional.of(buildTimeout);
            }
        };
    }
}
