package io.jenkins.plugins.patchworkci.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        if (this == NONE) {
            return command;
        }
        List<String> out = new ArrayList<>(List.of(
                "bwrap",
                "--ro-bind", "/", "/",
                "--dev", "/dev",
                "--proc", "/proc",
                "--tmpfs", "/tmp",
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
}
