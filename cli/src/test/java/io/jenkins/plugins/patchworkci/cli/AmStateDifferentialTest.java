package io.jenkins.plugins.patchworkci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.apply.SeriesInput;
import io.jenkins.plugins.patchworkci.cli.GitAmBench.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A series that stops at patch 2, with {@code git am} in one clone and {@code pwci am} in
 * another: the same commits, the same {@code .git/rebase-apply} byte for byte, and then the real
 * {@code git am --show-current-patch}, {@code --skip}, {@code --continue} and {@code --abort}
 * doing the same in both.
 */
class AmStateDifferentialTest {

    @TempDir
    Path tmp;

    GitAmBench bench;
    Path src;
    Path mbox;
    int clones;

    static String lines(int from, int to, int changed, String as) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> i == changed ? as : Integer.toString(i))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    @BeforeEach
    void series() throws Exception {
        bench = new GitAmBench(tmp);
        src = bench.source(Map.of("f.txt", lines(1, 30, 0, "")));
        String text = lines(1, 30, 0, "");
        int n = 0;
        for (int line : new int[] {2, 15, 28}) {
            text = text.replace("\n" + line + "\n", "\nline " + line + "\n");
            Files.writeString(src.resolve("f.txt"), text);
            bench.ok(src, "commit", "-q", "-am", "f: line " + line, "-m", "Why: it's number " + line + "!",
                    "--author", "Ann O'Neil! <ann@example.org>", "--date", "16000000" + (n++) + "0 +0530");
        }
        mbox = tmp.resolve("series.mbox");
        Files.writeString(mbox, bench.ok(src, "format-patch", "--stdout", "base..main") + "\n");
    }

    /** Two clones whose tip changed line 15 (so patch 2 does not apply), each after its am stopped. */
    Path[] stopped(String... opts) throws Exception {
        clones++;
        Path viaGit = bench.clone(src, "git" + clones, "base");
        Path viaPwci = bench.clone(src, "pwci" + clones, "base");
        for (Path c : new Path[] {viaGit, viaPwci}) {
            Files.writeString(c.resolve("f.txt"), lines(1, 30, 15, "15 on the tip"));
            // A fixed author date: the two clones must make the same tip commit, even across a second.
            bench.ok(c, "commit", "-q", "-am", "tip changes line 15", "--date", "1700000000 +0000");
        }
        List<String> args = new ArrayList<>(List.of("am"));
        args.addAll(List.of(opts));
        args.add(mbox.toString());
        Run g = bench.git(viaGit, null, Map.of(), args.toArray(String[]::new));
        SeriesInput parser = ServiceLoader.load(SeriesInput.class).findFirst().orElseThrow();
        Run p = bench.pwciAm(viaPwci, parser, AmIdentDifferentialTest.env(Map.of()), mbox, opts);
        assertThat(g.rc()).as(g.out()).isEqualTo(128);
        assertThat(p.rc()).as(p.out()).isEqualTo(128);
        assertThat(g.out()).contains("Patch failed at 0002 f: line 15");
        for (String line : g.out().split("\n")) {
            if (line.matches("Applying: .*|Patch failed at .*|hint: .*|When you .*|If you .*|To restore .*")) {
                assertThat(p.out()).contains(line);
            }
        }
        assertThat(bench.ok(viaPwci, "log", "--format=%H %s")).isEqualTo(bench.ok(viaGit, "log", "--format=%H %s"));
        return new Path[] {viaGit, viaPwci};
    }

    static Map<String, String> state(Path clone) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(clone.resolve(".git/rebase-apply"))) {
            for (Path f : s.toList()) {
                files.put(f.getFileName().toString(), new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-s", "-3"})
    void leavesTheStateGitLeaves(String opt) throws Exception {
        Path[] c = stopped(opt.isEmpty() ? new String[0] : new String[] {opt});
        Map<String, String> git = state(c[0]);
        if (opt.equals("-3")) {
            // git's scratch index of its three-way merge: nothing reads it after the merge.
            git.remove("patch-merge-index");
        }
        assertThat(state(c[1])).isEqualTo(git);
        assertThat(bench.ok(c[1], "rev-parse", "ORIG_HEAD")).isEqualTo(bench.ok(c[0], "rev-parse", "ORIG_HEAD"));
        for (String show : new String[] {"--show-current-patch", "--show-current-patch=diff",
            "--show-current-patch=raw"}) {
            assertThat(bench.ok(c[1], "am", show)).isEqualTo(bench.ok(c[0], "am", show));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-s", "-3"})
    void gitAmContinueCommitsTheResolvedPatchAndAppliesTheRest(String opt) throws Exception {
        Path[] c = stopped(opt.isEmpty() ? new String[0] : new String[] {opt});
        for (Path clone : c) {
            // The resolution: line 15 as the patch has it (git -3 left conflict markers there).
            Files.writeString(clone.resolve("f.txt"), lines(1, 30, 15, "line 15").replace("\n2\n", "\nline 2\n"));
            bench.ok(clone, "add", "f.txt");
            bench.ok(clone, "am", "--continue");
            assertThat(clone.resolve(".git/rebase-apply")).doesNotExist();
        }
        assertThat(bench.ok(c[1], "log", "--format=%H %s%n%b")).isEqualTo(bench.ok(c[0], "log", "--format=%H %s%n%b"))
                .contains("f: line 28");
    }

    @Test
    void gitAmSkipDropsThePatchAndAppliesTheRest() throws Exception {
        Path[] c = stopped();
        for (Path clone : c) {
            bench.ok(clone, "am", "--skip");
            assertThat(clone.resolve(".git/rebase-apply")).doesNotExist();
        }
        assertThat(bench.ok(c[1], "log", "--format=%H %s")).isEqualTo(bench.ok(c[0], "log", "--format=%H %s"))
                .contains("f: line 28").doesNotContain("f: line 15");
        assertThat(bench.ok(c[1], "status", "--porcelain")).isEmpty();
    }

    @Test
    void gitAmAbortRewindsToBeforeTheSeries() throws Exception {
        Path[] c = stopped("-s");
        for (Path clone : c) {
            bench.ok(clone, "am", "--abort");
            assertThat(clone.resolve(".git/rebase-apply")).doesNotExist();
            assertThat(bench.ok(clone, "log", "-1", "--format=%s")).isEqualTo("tip changes line 15");
            assertThat(bench.ok(clone, "status", "--porcelain")).isEmpty();
        }
        assertThat(bench.ok(c[1], "rev-parse", "HEAD")).isEqualTo(bench.ok(c[0], "rev-parse", "HEAD"));
    }

    @Test
    void aDirtyIndexLeavesGitsStateAndAbortKeepsTheIndex() throws Exception {
        Path viaGit = bench.clone(src, "git", "base");
        Path viaPwci = bench.clone(src, "pwci", "base");
        for (Path c : new Path[] {viaGit, viaPwci}) {
            Files.writeString(c.resolve("f.txt"), lines(1, 30, 30, "staged"));
            bench.ok(c, "add", "f.txt");
        }
        Run g = bench.git(viaGit, null, Map.of(), "am", mbox.toString());
        Run p = bench.pwciAm(viaPwci, ServiceLoader.load(SeriesInput.class).findFirst().orElseThrow(),
                AmIdentDifferentialTest.env(Map.of()), mbox);
        assertThat(g.rc()).as(g.out()).isEqualTo(128);
        assertThat(p.rc()).as(p.out()).isEqualTo(128);
        assertThat(p.out().strip()).isEqualTo(g.out()).contains("Dirty index");
        assertThat(state(viaPwci)).isEqualTo(state(viaGit));
        for (Path c : new Path[] {viaGit, viaPwci}) {
            bench.ok(c, "am", "--abort");
            assertThat(bench.ok(c, "status", "--porcelain")).isEqualTo("M  f.txt");
        }
    }

    @Test
    void refusesToStartWhileAnAmIsStoppedOrItsDirectoryIsStray() throws Exception {
        Path[] c = stopped();
        SeriesInput parser = ServiceLoader.load(SeriesInput.class).findFirst().orElseThrow();
        Run g = bench.git(c[0], null, Map.of(), "am", mbox.toString());
        Run p = bench.pwciAm(c[1], parser, AmIdentDifferentialTest.env(Map.of()), mbox);
        assertThat(p.rc()).isEqualTo(g.rc()).isEqualTo(128);
        assertThat(p.out().strip()).isEqualTo(g.out());
        for (Path clone : c) {
            bench.ok(clone, "am", "--abort");
            Files.createDirectories(clone.resolve(".git/rebase-apply"));
        }
        g = bench.git(c[0], null, Map.of(), "am", mbox.toString());
        p = bench.pwciAm(c[1], parser, AmIdentDifferentialTest.env(Map.of()), mbox);
        assertThat(p.rc()).isEqualTo(g.rc()).isEqualTo(128);
        assertThat(p.out().strip()).isEqualTo(g.out()).contains("Stray");
    }
}
