package io.jenkins.plugins.patchworkci.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The libbpf part of a kernel change, mapped and applied to a libbpf-like repository with the
 * real {@code git apply}, gives the same tree as making the change there by hand.
 */
class LibbpfSyncTest {

    @TempDir
    Path tmp;

    /** git in {@code dir}, as T (test-support's {@link GitRepo}: the real git, a clean environment). */
    private static String git(Path dir, String... args) {
        return GitRepo.in(dir).as("T", "t@example.org").run(args).trim();
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path f = root.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    @Test
    void mappedDiffMakesTheSameTreeAsTheChangeByHand() throws Exception {
        Path kernel = Files.createDirectories(tmp.resolve("linux"));
        Path libbpf = Files.createDirectories(tmp.resolve("libbpf"));
        Path byHand = Files.createDirectories(tmp.resolve("libbpf-by-hand"));
        String libbpfC = "int libbpf(void)\n{\n\treturn 0;\n}\n";
        String bpfH = "#define BPF_X 1\n";
        String helper = "static int helper;\n";
        git(kernel, "init", "-q");
        write(kernel, "tools/lib/bpf/libbpf.c", libbpfC);
        write(kernel, "tools/lib/bpf/old_name.c", helper);
        write(kernel, "tools/lib/bpf/Makefile", "all:\n");
        write(kernel, "tools/include/uapi/linux/bpf.h", bpfH);
        write(kernel, "kernel/bpf/core.c", "int core;\n");
        git(kernel, "add", ".");
        git(kernel, "commit", "-q", "-m", "base");
        for (Path lib : List.of(libbpf, byHand)) {
            git(lib, "init", "-q");
            write(lib, "src/libbpf.c", libbpfC);
            write(lib, "src/old_name.c", helper);
            write(lib, "src/Makefile", "libbpf's own makefile\n");
            write(lib, "include/uapi/linux/bpf.h", bpfH);
            git(lib, "add", ".");
            git(lib, "commit", "-q", "-m", "base");
        }
        // One kernel commit touching libbpf, a UAPI header, the kernel, a rename and a new file.
        write(kernel, "tools/lib/bpf/libbpf.c", "int libbpf(void)\n{\n\treturn 42;\n}\n");
        write(kernel, "tools/include/uapi/linux/bpf.h", bpfH + "#define BPF_Y 2\n");
        write(kernel, "kernel/bpf/core.c", "int core = 1;\n");
        write(kernel, "tools/lib/bpf/Makefile", "all: more\n");
        write(kernel, "tools/lib/bpf/new_file.c", "int added;\n");
        git(kernel, "mv", "tools/lib/bpf/old_name.c", "tools/lib/bpf/new_name.c");
        git(kernel, "add", ".");
        git(kernel, "commit", "-q", "-m", "bpf: change libbpf and the kernel");
        byte[] diff = git(kernel, "format-patch", "-1", "-M", "--stdout").getBytes(StandardCharsets.UTF_8);

        LibbpfSync.Result r = LibbpfSync.map(diff);
        assertThat(r.mappedPaths()).containsExactlyInAnyOrder(
                "src/libbpf.c", "include/uapi/linux/bpf.h", "src/new_file.c", "src/new_name.c");
        assertThat(r.leftOut()).containsExactlyInAnyOrder("kernel/bpf/core.c", "tools/lib/bpf/Makefile");
        Path patch = tmp.resolve("libbpf.diff");
        Files.write(patch, r.diff().orElseThrow());
        git(libbpf, "apply", "--index", patch.toString());
        String applied = git(libbpf, "write-tree");

        write(byHand, "src/libbpf.c", "int libbpf(void)\n{\n\treturn 42;\n}\n");
        write(byHand, "include/uapi/linux/bpf.h", bpfH + "#define BPF_Y 2\n");
        write(byHand, "src/new_file.c", "int added;\n");
        git(byHand, "mv", "src/old_name.c", "src/new_name.c");
        git(byHand, "add", ".");
        assertThat(applied).isEqualTo(git(byHand, "write-tree"));
    }

    @Test
    void aKernelOnlyChangeMapsToNothing() {
        String diff = "diff --git a/net/core/dev.c b/net/core/dev.c\n--- a/net/core/dev.c\n+++ b/net/core/dev.c\n@@ -1 +1 @@\n-a\n+b\n";
        LibbpfSync.Result r = LibbpfSync.map(diff.getBytes(StandardCharsets.UTF_8));
        assertThat(r.diff()).isEmpty();
        assertThat(r.leftOut()).containsExactly("net/core/dev.c");
        assertThat(LibbpfSync.touchesLibbpf(List.of("net/core/dev.c", "tools/lib/bpf/btf.c"))).isTrue();
        assertThat(LibbpfSync.map("tools/lib/bpf/Build")).isEmpty();
        assertThat(LibbpfSync.map("tools/include/uapi/linux/if_xdp.h")).contains("include/uapi/linux/if_xdp.h");
    }

    @Test
    void pathsWithSpacesAroundBAreSplitOnTheirEqualHalves() {
        assertThat(LibbpfSync.headerPaths("diff --git a/x b/y b/x b/y")).containsExactly("x b/y", "x b/y");
        assertThat(LibbpfSync.headerPaths("diff --git \"a/q\" \"b/q\"")).isNull();
    }
}
