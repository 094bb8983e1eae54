package io.jenkins.plugins.patchworkci.check;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tests (of checks and of routing) find the kernel's own MAINTAINERS and scripts:
 * Debian's linux-source-6.1, unpacked by {@code .ci/kernel-source} (PWCI_KERNEL_SOURCE overrides
 * the place).
 */
public final class KernelSource {

    /**
     * A MAINTAINERS of two sections, for the trees {@link #populate} makes: the network drivers (two
     * maintainers and netdev) and the rest (Linus Torvalds and LKML).
     */
    public static final String NET_DRIVERS_MAINTAINERS = """
            NETWORKING DRIVERS
            M:\tJakub Kicinski <kuba@kernel.org>
            M:\tPaolo Abeni <pabeni@redhat.com>
            L:\tnetdev@vger.kernel.org
            F:\tdrivers/net/

            THE REST
            M:\tLinus Torvalds <torvalds@linux-foundation.org>
            L:\tlinux-kernel@vger.kernel.org
            F:\t*
            F:\t*/
            """;

    private KernelSource() {}

    /** The unpacked source, its MAINTAINERS and scripts present; the calling test is skipped otherwise. */
    public static Path root() {
        String env = System.getenv("PWCI_KERNEL_SOURCE");
        Path root = Path.of(env != null && !env.isBlank() ? env : "/var/cache/patchwork-ci/linux-source-6.1");
        assumeTrue(Files.isRegularFile(root.resolve("scripts/checkpatch.pl")) && Files.isRegularFile(root.resolve("MAINTAINERS")),
                "kernel scripts not found under " + root
                        + ": run `apt-get install linux-source-6.1 && .ci/kernel-source` (CI does)");
        return root;
    }

    /**
     * Makes {@code tree} look like the top of a kernel tree to checkpatch.pl and get_maintainer.pl
     * (their top_of_kernel_tree test) and copies in the real scripts and their data files.
     */
    public static void populate(Path tree, String maintainers) throws IOException {
        Path src = root();
        for (String f : new String[] {"COPYING", "CREDITS", "Kbuild", "Makefile", "README"}) {
            Path p = tree.resolve(f);
            if (!Files.exists(p)) {
                Files.writeString(p, f + "\n");
            }
        }
        for (String d : new String[] {"Documentation", "arch", "include", "drivers", "fs", "init", "ipc", "kernel",
                "lib", "scripts"}) {
            Files.createDirectories(tree.resolve(d));
            Path keep = tree.resolve(d).resolve(".keep");
            if (!Files.exists(keep)) {
                Files.writeString(keep, "");
            }
        }
        for (String s : new String[] {"checkpatch.pl", "get_maintainer.pl", "kernel-doc", "spelling.txt",
                "const_structs.checkpatch"}) {
            Files.copy(src.resolve("scripts").resolve(s), tree.resolve("scripts").resolve(s),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(tree.resolve("MAINTAINERS"), maintainers);
    }
}
