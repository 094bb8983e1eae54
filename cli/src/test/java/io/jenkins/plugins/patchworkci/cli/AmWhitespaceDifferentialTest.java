package io.jenkins.plugins.patchworkci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.apply.SeriesInput;
import io.jenkins.plugins.patchworkci.cli.GitAmBench.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whitespace warnings of {@code pwci am} against those {@code git am} prints (its git apply's
 * {@code --whitespace=warn}): same lines, numbers and order, the sixth and later squelched, blank
 * lines added at the end of a file, with git's default rules and with a {@code core.whitespace}.
 */
class AmWhitespaceDifferentialTest {

    @TempDir
    Path tmp;

    GitAmBench bench;
    Path src;
    Path mbox;

    @BeforeEach
    void series() throws Exception {
        bench = new GitAmBench(tmp);
        src = bench.source(Map.of("a.c", "int a;\nint b;\nint c;\n", "b.txt", "x\n"));
        Files.writeString(src.resolve("a.c"), "int a;\nint b; \nint c;\n\tx = 1; \n  \tindented;\n        eight;\n\n\n");
        Files.writeString(src.resolve("b.txt"), "x\ny\t\n\t \n \t z\n");
        Files.writeString(src.resolve("new.txt"), "new\n\n");
        bench.ok(src, "add", "new.txt");
        bench.ok(src, "commit", "-q", "-am", "many whitespace errors");
        Files.writeString(src.resolve("b.txt"), "x\ny\t\n\t \n \t z\nclean\n");
        bench.ok(src, "commit", "-q", "-am", "a clean one");
        Files.writeString(src.resolve("a.c"), "int a;\nint b; \nint c;\n\tx = 1; \n  \tindented;\n        eight;\n\n\nz  \n");
        bench.ok(src, "commit", "-q", "-am", "one more after blank lines");
        mbox = tmp.resolve("series.mbox");
        Files.writeString(mbox, bench.ok(src, "format-patch", "--stdout", "base..main") + "\n");
    }

    /** What both printed besides the "Applying:" lines (git's stdout and stderr interleave unpredictably). */
    static String warnings(String out) {
        return Arrays.stream(out.strip().split("\n")).filter(l -> !l.startsWith("Applying: "))
                .collect(Collectors.joining("\n"));
    }

    Run[] both(String coreWhitespace, String tip) throws Exception {
        Path viaGit = bench.clone(src, "git", "base");
        Path viaPwci = bench.clone(src, "pwci", "base");
        for (Path c : new Path[] {viaGit, viaPwci}) {
            if (coreWhitespace != null) {
                bench.ok(c, "config", "core.whitespace", coreWhitespace);
            }
            if (tip != null) {
                Files.writeString(c.resolve("b.txt"), tip);
                bench.ok(c, "commit", "-q", "-am", "tip", "--date", "1700000000 +0000"); // same commit in both clones
            }
        }
        Run g = bench.git(viaGit, null, Map.of(), "am", mbox.toString());
        SeriesInput parser = ServiceLoader.load(SeriesInput.class).findFirst().orElseThrow();
        Run p = bench.pwciAm(viaPwci, parser, AmIdentDifferentialTest.env(Map.of()), mbox);
        assertThat(p.rc()).as(p.out()).isEqualTo(g.rc());
        return new Run[] {g, p};
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "indent-with-non-tab,tabwidth=4,-blank-at-eof", "-trailing,tab-in-indent",
        "-space-before-tab,blank-at-eol"})
    void sameWarningsAsGitAm(String coreWhitespace) throws Exception {
        Run[] r = both(coreWhitespace.isEmpty() ? null : coreWhitespace, null);
        assertThat(r[0].rc()).as(r[0].out()).isZero();
        assertThat(warnings(r[1].out())).isEqualTo(warnings(r[0].out()));
        if (coreWhitespace.isEmpty()) {
            // The blank lines at the end of a.c and new.txt are the sixth and seventh: counted, not shown.
            assertThat(r[0].out()).contains("squelched 3 whitespace errors",
                    "warning: 8 lines add whitespace errors.");
        }
    }

    @Test
    void thePatchThatStopsIsWarnedAboutToo() throws Exception {
        Run[] r = both("-space-before-tab", "changed on the tip\n");
        assertThat(r[0].rc()).isEqualTo(128);
        // git's warnings: from the first to the last line naming the patch file, and the line after it.
        List<String> git = List.of(warnings(r[0].out()).split("\n"));
        int first = git.indexOf(git.stream().filter(l -> l.startsWith(".git/rebase-apply/patch:")).findFirst()
                .orElseThrow());
        int last = git.lastIndexOf(git.stream().filter(l -> l.startsWith(".git/rebase-apply/patch:"))
                .reduce((a, b) -> b).orElseThrow());
        String gitWarnings = String.join("\n", git.subList(first, last + 2));
        assertThat(gitWarnings).contains("trailing whitespace", "new blank line at EOF");
        assertThat(warnings(r[1].out())).contains(gitWarnings).doesNotContain("lines add whitespace errors");
    }
}
