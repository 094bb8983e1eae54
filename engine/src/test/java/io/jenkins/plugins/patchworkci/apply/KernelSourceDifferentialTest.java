package io.jenkins.plugins.patchworkci.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real kernel files (MAINTAINERS and scripts/, from PWCI_KERNEL_SOURCE, default
 * /var/cache/patchwork-ci/linux-source-6.1): a series of edits to them, applied with git am and
 * with us onto a tip that moved the same files, must give the same commits or the same refusal.
 */
class KernelSourceDifferentialTest {

    @TempDir
    Path tmp;

    static Path kernelSource() {
        String env = System.getenv("PWCI_KERNEL_SOURCE");
        return Path.of(env != null ? env : "/var/cache/patchwork-ci/linux-source-6.1");
    }

    @Test
    void seriesOverRealKernelFilesAsGitAm() throws Exception {
        Path src = kernelSource();
        assumeTrue(Files.isRegularFile(src.resolve("MAINTAINERS")),
                "kernel source missing: apt-get install linux-source-6.1 and unpack MAINTAINERS and scripts/ into " + src
                        + " (or set PWCI_KERNEL_SOURCE)");
        GitCli g = GitCli.init(tmp.resolve("linux"));
        List<String> files = new ArrayList<>();
        files.add("MAINTAINERS");
        Files.copy(src.resolve("MAINTAINERS"), g.dir.resolve("MAINTAINERS"));
        try (Stream<Path> s = Files.list(src.resolve("scripts"))) {
            for (Path p : s.filter(Files::isRegularFile).sorted().limit(60).toList()) {
                String rel = "scripts/" + p.getFileName();
                g.write(rel, Files.readAllBytes(p));
                files.add(rel);
            }
        }
        String base = g.commit("base: real kernel files", "1500000000 +0000");
        Random r = new Random(2026);
        for (int k = 1; k <= 6; k++) {
            for (int f = 0; f < 2; f++) {
                String path = files.get(r.nextInt(files.size()));
                List<String> lines = new ArrayList<>(Arrays.asList(Files.readString(g.dir.resolve(path),
                        StandardCharsets.ISO_8859_1).split("\n", -1)));
                for (int e = 0; e < 3; e++) {
                    int at = r.nextInt(Math.max(1, lines.size() - 1));
                    if (r.nextBoolean()) {
                        lines.add(at, "\t/* patch " + k + " edit " + e + " */");
                    } else if (lines.size() > 2) {
                        lines.remove(at);
                    }
                }
                Files.writeString(g.dir.resolve(path), String.join("\n", lines), StandardCharsets.ISO_8859_1);
            }
            if (k == 4) {
                g.run("mv", files.get(5), files.get(5) + ".renamed");
            }
            g.commit("scripts: edit number " + k + "\n\nA real-looking body.\n\nSigned-off-by: Dev <dev@example.org>",
                    "1600000000 +0100");
        }
        String head = g.run("rev-parse", "HEAD");
        byte[] mbox = g.exec(null, Map.of(), "format-patch", "--stdout", base + ".." + head).out();

        g.run("checkout", "-q", "-f", "-B", "tip", base);
        // The tip grows MAINTAINERS at the top and edits a few scripts far from most edits.
        String maintainers = Files.readString(g.dir.resolve("MAINTAINERS"), StandardCharsets.ISO_8859_1);
        Files.writeString(g.dir.resolve("MAINTAINERS"), "NEW ENTRY\nM:\tSomeone <s@example.org>\n\n" + maintainers,
                StandardCharsets.ISO_8859_1);
        for (int i = 10; i < 60; i += 7) {
            Path p = g.dir.resolve(files.get(i));
            Files.writeString(p, "# tip line\n" + Files.readString(p, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
        }
        String tip = g.commit("tip moves things", "1500000100 +0000");

        List<Boolean> gitApplied = new ArrayList<>();
        for (String[] opts : new String[][] {{}, {"-3"}}) {
            ApplySeriesDifferentialTest.GitAm git = ApplySeriesDifferentialTest.gitAm(g, tip, mbox, opts);
            try (Repository repo = new FileRepositoryBuilder().setGitDir(g.dir.resolve(".git").toFile()).build()) {
                AppliedSeries ours = new ApplySeries(repo).setTip(ObjectId.fromString(tip)).setPatches(g.mailinfo(mbox, false))
                        .setCommitter(ApplySeriesDifferentialTest.COMMITTER).setThreeWay(opts.length > 0).call();
                assertThat(ours.applied()).as(git.output() + " / " + ours.summary()).isEqualTo(git.ok());
                assertThat(ApplySeriesDifferentialTest.ids(ours)).isEqualTo(git.commits());
                gitApplied.add(git.ok());
            }
        }
        // The tip's moves defeat plain application (hunks anchored at the top) but not -3.
        assertThat(gitApplied).containsExactly(false, true);
    }
}
