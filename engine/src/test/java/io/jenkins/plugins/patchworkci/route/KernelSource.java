package io.jenkins.plugins.patchworkci.route;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tests find the kernel's own MAINTAINERS and scripts: Debian's linux-source-6.1,
 * unpacked by {@code .ci/kernel-source} (PWCI_KERNEL_SOURCE overrides the place).
 */
final class KernelSource {

    private KernelSource() {}

    static Path root() {
        String env = System.getenv("PWCI_KERNEL_SOURCE");
        Path root = Path.of(env != null && !env.isBlank() ? env : "/var/cache/patchwork-ci/linux-source-6.1");
        assumeTrue(Files.isRegularFile(root.resolve("MAINTAINERS")),
                "kernel MAINTAINERS not found under " + root
                        + ": run `apt-get install linux-source-6.1 && .ci/kernel-source` (CI does)");
        return root;
    }
}
