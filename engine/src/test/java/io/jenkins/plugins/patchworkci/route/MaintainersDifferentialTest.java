package io.jenkins.plugins.patchworkci.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.patchworkci.check.KernelSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our MAINTAINERS matching against the kernel's own get_maintainer.pl on the real 6.1 file: for
 * paths made from the file's own patterns, the set of sections must be the same.
 */
class MaintainersDifferentialTest {

    private static Path kernel;
    private static Maintainers maintainers;

    @BeforeAll
    static void load() throws IOException {
        kernel = KernelSource.root();
        maintainers = Maintainers.read(kernel.resolve("MAINTAINERS"));
    }

    /** Concrete paths from every 90th F:/X: pattern, plus paths the netdev and bpf lists see daily. */
    private static List<String> samplePaths() {
        Set<String> paths = new LinkedHashSet<>(List.of(
                "net/core/dev.c", "net/ipv4/tcp.c", "net/ipv6/route.c", "net/xfrm/xfrm_policy.c",
                "drivers/net/ethernet/intel/ice/ice_main.c", "drivers/net/ethernet/mellanox/mlx5/core/en_main.c",
                "kernel/bpf/verifier.c", "tools/lib/bpf/libbpf.c", "tools/testing/selftests/bpf/test_progs.c",
                "include/uapi/linux/bpf.h", "include/net/sock.h", "Documentation/networking/ip-sysctl.rst",
                "tools/testing/selftests/net/fib_tests.sh", "net/bpf/test_run.c", "MAINTAINERS", "Makefile",
                "net/core", "include/linux/in.hx", "README"));
        int i = 0;
        for (MaintainersSection s : maintainers.sections()) {
            for (String f : s.values('F')) {
                if (i++ % 90 != 0 || f.contains("[") || f.contains("\\") || f.contains("{")) {
                    continue;
                }
                String p = f.replace("*", "x").replace("?", "y");
                paths.add(p.endsWith("/") ? p + "sub/file.c" : p);
            }
        }
        return new ArrayList<>(paths);
    }

    @Test
    void sectionsEqualGetMaintainers(@TempDir Path tmp) throws Exception {
        Path script = kernel.resolve("scripts/get_maintainer.pl");
        assumeTrue(Files.isRegularFile(script), "get_maintainer.pl missing");
        List<String> paths = samplePaths();
        assertThat(paths).hasSizeGreaterThan(60);
        int compared = 0;
        for (String path : paths) {
            // A fresh tree holding only this path, so get_maintainer.pl's directory test sees what we infer.
            Path tree = Files.createTempDirectory(tmp, "t");
            Path file = tree.resolve(path);
            Files.createDirectories(file.getParent() == null ? tree : file.getParent());
            if (Files.isDirectory(file)) {
                continue;
            }
            Files.writeString(file, "");
            Set<String> expected = getMaintainerSections(script, tree, path);
            Set<String> actual = new LinkedHashSet<>();
            maintainers.sectionsFor(path).forEach(s -> actual.add(s.title()));
            assertThat(actual).as("sections for %s", path).containsExactlyInAnyOrderElementsOf(expected);
            compared++;
        }
        assertThat(compared).isGreaterThan(60);
    }

    private static Set<String> getMaintainerSections(Path script, Path tree, String path) throws Exception {
        Process p = new ProcessBuilder("perl", script.toString(), "--no-tree", "--mpath",
                        kernel.resolve("MAINTAINERS").toString(), "--sections", "--no-git", "--no-git-fallback",
                        "--no-keywords", "-f", path)
                .directory(tree.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Set<String> titles = new LinkedHashSet<>();
        boolean expectTitle = true;
        for (String line : out.split("\n", -1)) {
            if (line.isEmpty()) {
                expectTitle = true;
            } else if (expectTitle && !line.matches("^[A-Z]:\t.*")) {
                titles.add(line.strip());
                expectTitle = false;
            } else {
                expectTitle = false;
            }
        }
        return titles;
    }

    @Test
    void netdevFilesRouteToNetAndNetNext() {
        Set<ScmLocation> trees = maintainers.treesFor(List.of("net/core/dev.c"));
        assertThat(trees).extracting(ScmLocation::url).contains(
                "git://git.kernel.org/pub/scm/linux/kernel/git/netdev/net.git",
                "git://git.kernel.org/pub/scm/linux/kernel/git/netdev/net-next.git");
    }

    @Test
    void excludesAreTestedFirst() throws IOException {
        Maintainers m = Maintainers.read(new java.io.StringReader("""
                NET
                F:\tnet/
                X:\tnet/ipv6/
                T:\tgit git://example.org/net.git

                IPV6
                F:\tnet/ipv6/
                """));
        assertThat(m.sectionsFor("net/core/dev.c")).extracting(MaintainersSection::title).containsExactly("NET");
        assertThat(m.sectionsFor("net/ipv6/route.c")).extracting(MaintainersSection::title).containsExactly("IPV6");
    }

    @Test
    void starMatchesOneLevelAndTrailingSlashAllBelow() throws IOException {
        Maintainers m = Maintainers.read(new java.io.StringReader("""
                ONE LEVEL
                F:\tdrivers/net/*

                ALL BELOW
                F:\tdrivers/net/

                ANY TOP
                F:\t*/net/*

                REGEX
                N:\t[^a-z]tegra
                """));
        assertThat(m.sectionsFor("drivers/net/a.c")).extracting(MaintainersSection::title)
                .containsExactly("ONE LEVEL", "ALL BELOW", "ANY TOP");
        assertThat(m.sectionsFor("drivers/net/phy/b.c")).extracting(MaintainersSection::title)
                .containsExactly("ALL BELOW");
        assertThat(m.sectionsFor("drivers/gpu/host1x/tegra.c")).extracting(MaintainersSection::title)
                .containsExactly("REGEX");
    }

    @Test
    void aTreeTellsWhichPlainPatternsAreDirectories() throws IOException {
        Maintainers m = Maintainers.read(new java.io.StringReader("""
                FOO DIR
                F:\tdrivers/net/foo
                """));
        // Without a tree, only a path below proves the directory; drivers/net/foo.c matches as a prefix.
        assertThat(m.sectionsFor("drivers/net/foo.c")).hasSize(1);
        // With a tree where drivers/net/foo is a directory, get_maintainer.pl adds the slash: no match.
        assertThat(m.sectionsFor("drivers/net/foo.c", p -> p.equals("drivers/net/foo"))).isEmpty();
        assertThat(m.sectionsFor("drivers/net/foo/x.c", p -> p.equals("drivers/net/foo"))).hasSize(1);
    }
}
