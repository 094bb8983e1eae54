package io.jenkins.plugins.patchworkci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.cli.GitAmBench.Run;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code pwci am} against {@code git am} on two clones of one repository. */
class AmCommandTest {

    @TempDir
    Path tmp;

    GitAmBench bench;

    @BeforeEach
    void bench() {
        bench = new GitAmBench(tmp);
    }

    Run git(Path dir, byte[] stdin, Map<String, String> env, String... args) throws Exception {
        return bench.git(dir, stdin, env, args);
    }

    String ok(Path dir, String... args) throws Exception {
        return bench.ok(dir, args);
    }

    Run pwciAm(Path dir, Path mbox, String... opts) {
        return bench.pwciAm(dir, mbox, opts);
    }

    Path source() throws Exception {
        Path src = bench.source(Map.of("a.txt", "1\n2\n3\n4\n5\n6\n7\n8\n9\n", "run.sh", "#!/bin/sh\n"));
        Files.writeString(src.resolve("a.txt"), "1\n2\nthree\n4\n5\n6\n7\n8\n9\n");
        ok(src, "commit", "-q", "-am", "a: three");
        ok(src, "mv", "run.sh", "start.sh");
        Files.setPosixFilePermissions(src.resolve("start.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
        ok(src, "commit", "-q", "-am", "rename and chmod");
        Files.write(src.resolve("data.bin"), new byte[] {0, 1, 2, 3, 0, 5});
        Files.writeString(src.resolve("a.txt"), "1\n2\nthree\n4\n5\n6\n7\n8\nnine\n");
        ok(src, "add", "-A");
        ok(src, "commit", "-q", "-m", "binary and the end of a.txt");
        Files.write(tmp.resolve("series.mbox"), git(src, null, Map.of(), "format-patch", "--stdout", "base..main").out()
                .concat("\n").getBytes(StandardCharsets.UTF_8));
        return src;
    }

    Path clone(Path src, String name) throws Exception {
        return bench.clone(src, name, "base");
    }

    @Test
    void sameCommitsIndexAndWorkTreeAsGitAm() throws Exception {
        Path src = source();
        Path mbox = tmp.resolve("series.mbox");
        for (String[] opts : new String[][] {{}, {"-s"}, {"-3", "-s"}}) {
            Path viaGit = clone(src, "git" + opts.length);
            Path viaPwci = clone(src, "pwci" + opts.length);
            List<String> gitArgs = new ArrayList<>(List.of("am", "-q"));
            gitArgs.addAll(List.of(opts));
            gitArgs.add(mbox.toString());
            ok(viaGit, gitArgs.toArray(String[]::new));
            Run r = pwciAm(viaPwci, mbox, opts);
            assertThat(r.rc()).as(r.out()).isZero();
            assertThat(r.out()).contains("Applying: a: three").contains("Applying: rename and chmod");
            assertThat(ok(viaPwci, "rev-parse", "HEAD")).isEqualTo(ok(viaGit, "rev-parse", "HEAD"));
            assertThat(ok(viaPwci, "symbolic-ref", "HEAD")).isEqualTo("refs/heads/main");
            assertThat(ok(viaPwci, "status", "--porcelain", "--untracked-files=all")).isEmpty();
            assertThat(Files.isExecutable(viaPwci.resolve("start.sh"))).isTrue();
            assertThat(viaPwci.resolve("run.sh")).doesNotExist();
        }
    }

    @Test
    void failureKeepsTheAppliedPatchesAndReportsTheHunk() throws Exception {
        Path src = source();
        Path mbox = tmp.resolve("series.mbox");
        Path viaGit = clone(src, "git");
        Path viaPwci = clone(src, "pwci");
        for (Path c : List.of(viaGit, viaPwci)) {
            Files.writeString(c.resolve("a.txt"), "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n");
            ok(c, "commit", "-q", "-am", "tip extends a.txt", "--date", "1700000000 +0000"); // same commit in both clones
        }
        Run g = git(viaGit, null, Map.of(), "am", mbox.toString());
        assertThat(g.rc()).isNotZero();
        assertThat(g.out()).contains("Patch failed at 0003");
        ok(viaGit, "am", "--abort");
        // git am --abort rewinds; what git had committed before the failure is what pwci keeps.
        Run r = pwciAm(viaPwci, mbox);
        assertThat(r.rc()).isEqualTo(AmCommand.FAILED);
        assertThat(r.out()).contains("patch 3 \"binary and the end of a.txt\"").contains("a.txt")
                .contains("@@ -6,4 +6,4 @@").contains("expected at line 6:").contains("found instead:");
        assertThat(ok(viaPwci, "log", "--format=%s", "-3")).isEqualTo("rename and chmod\na: three\ntip extends a.txt");
        assertThat(ok(viaPwci, "status", "--porcelain", "--untracked-files=all")).isEmpty();
    }

    @Test
    void withoutAMailParserItSaysSo() {
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new AmCommand(Optional.empty(), Map.of()));
        cmd.setErr(new PrintWriter(err));
        assertThat(cmd.execute("x.mbox")).isEqualTo(2);
        assertThat(err.toString()).contains("no mail parser");
        assertThat(Pwci.commandLine().getSubcommands()).containsKey("am");
    }
}
