package io.jenkins.plugins.patchworkci.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.mail.MailInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Patches written to escape the tree or exhaust the machine: each must be refused as a clear
 * failure naming the patch and the path, never an exception, never a commit.
 */
class HostilePatchTest {

    @TempDir
    static Path tmp;

    static Repository repo;
    static ObjectId base;

    @BeforeAll
    static void makeBase() throws Exception {
        GitCli g = GitCli.init(tmp.resolve("repo"));
        g.write("README", "readme\n");
        g.write("src/a.c", "int a;\n");
        Files.createSymbolicLink(g.dir.resolve("link"), Path.of("/etc"));
        base = ObjectId.fromString(g.commit("base", "1500000000 +0000"));
        repo = new FileRepositoryBuilder().setGitDir(g.dir.resolve(".git").toFile()).build();
    }

    @AfterAll
    static void close() {
        repo.close();
    }

    static PatchToApply patch(String subject, String diff) {
        return PatchToApply.of(new MailInfo("Mallory", "m@example.org", subject, "Wed, 25 Nov 2026 02:18:25 +0100",
                "", diff.getBytes(StandardCharsets.UTF_8)));
    }

    static String newFile(String path, String line) {
        return "diff --git a/" + path + " b/" + path + "\nnew file mode 100644\nindex 0000000..1111111\n"
                + "--- /dev/null\n+++ b/" + path + "\n@@ -0,0 +1 @@\n+" + line + "\n";
    }

    static String newSymlink(String path, String target) {
        return "diff --git a/" + path + " b/" + path + "\nnew file mode 120000\nindex 0000000..1111111\n"
                + "--- /dev/null\n+++ b/" + path + "\n@@ -0,0 +1 @@\n+" + target + "\n\\ No newline at end of file\n";
    }

    static ApplyFailure refused(ApplySeries cmd) throws Exception {
        AppliedSeries r = cmd.call();
        assertThat(r.applied()).isFalse();
        assertThat(r.commits()).allMatch(c -> !c.subject().startsWith("evil"));
        return r.failure().orElseThrow();
    }

    static ApplySeries apply(PatchToApply... patches) {
        return new ApplySeries(repo).setTip(base).setPatches(List.of(patches));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil", "a/../../evil", "./x", ".git/config", ".GIT/hooks/pre-commit", "sub/.git/x",
        ".git./config", ".git /config", "git~1/config", "GIT~1/config", ".git::$INDEX_ALLOCATION/config",
        ".g\u200cit/config", "a\\..\\evil", "a//b"})
    void escapingPathsAreRefused(String path) throws Exception {
        ApplyFailure f = refused(apply(patch("evil path", newFile(path, "owned"))));
        assertThat(f.patchIndex()).isEqualTo(1);
        assertThat(f.reason()).startsWith("unsafe path refused");
        assertThat(f.summary()).contains("evil path");
    }

    @Test
    void absolutePathIsRefused() throws Exception {
        String diff = "diff --git a//etc/passwd b//etc/passwd\nnew file mode 100644\n--- /dev/null\n+++ b//etc/passwd\n"
                + "@@ -0,0 +1 @@\n+root::0:0::/:/bin/sh\n";
        ApplyFailure f = refused(apply(patch("evil absolute", diff)));
        assertThat(f.reason()).contains("unsafe path refused");
    }

    @Test
    void renameOutOfTheTreeIsRefused() throws Exception {
        String diff = "diff --git a/README b/../README\nsimilarity index 100%\nrename from README\nrename to ../README\n";
        ApplyFailure f = refused(apply(patch("evil rename", diff)));
        assertThat(f.reason()).contains("unsafe path refused");
        assertThat(f.where().path()).isEqualTo("../README");
    }

    @Test
    void writingThroughASymlinkOfTheSamePatchIsRefused() throws Exception {
        ApplyFailure f = refused(apply(patch("evil symlink", newSymlink("a", "/etc") + newFile("a/passwd", "x"))));
        assertThat(f.reason()).contains("beyond a symbolic link");
        assertThat(f.where().path()).isEqualTo("a/passwd");
    }

    @Test
    void writingThroughASymlinkOfAnEarlierPatchIsRefused() throws Exception {
        AppliedSeries r = apply(patch("harmless symlink", newSymlink("a", "/etc")),
                patch("evil write", newFile("a/passwd", "x"))).call();
        assertThat(r.commits()).hasSize(1);
        ApplyFailure f = r.failure().orElseThrow();
        assertThat(f.patchIndex()).isEqualTo(2);
        assertThat(f.reason()).contains("beyond a symbolic link");
    }

    @Test
    void writingThroughASymlinkOfTheTreeIsRefused() throws Exception {
        ApplyFailure f = refused(apply(patch("evil write", newFile("link/passwd", "x"))));
        assertThat(f.reason()).contains("beyond a symbolic link ('link')");
    }

    @Test
    void caseFoldingCollisionsAreRefused() throws Exception {
        assertThat(refused(apply(patch("evil case", newFile("readme", "x")))).reason())
                .contains("case-folding collision with 'README'");
        assertThat(refused(apply(patch("evil case", newFile("SRC/a.c", "x")))).reason())
                .contains("case-folding collision with 'src'");
        // A rename that only changes case is no collision: the old name goes.
        String caseRename = "diff --git a/README b/readme\nsimilarity index 100%\nrename from README\nrename to readme\n";
        assertThat(apply(patch("case rename", caseRename)).call().applied()).isTrue();
        // Allowed when asked (git itself allows it on case-sensitive file systems).
        assertThat(apply(patch("case", newFile("readme", "x"))).setRefuseCaseCollisions(false).call().applied()).isTrue();
    }

    @Test
    void limitsAreEnforced() throws Exception {
        String two = newFile("x1", "a") + newFile("x2", "b");
        assertThat(refused(apply(patch("evil many", two)).setLimits(new ApplyLimits(1 << 20, 1 << 20, 1))).reason())
                .contains("more than the limit of 1");
        assertThat(refused(apply(patch("evil big", two)).setLimits(new ApplyLimits(10, 1 << 20, 10))).reason())
                .contains("exceeds the limit of 10");
        assertThat(refused(apply(patch("evil file", newFile("x", "a".repeat(100)))).setLimits(new ApplyLimits(1 << 20, 50, 10)))
                .reason()).contains("file size limit");
    }

    @Test
    void garbageIsAFailureNotACrash() throws Exception {
        assertThat(refused(apply(patch("evil garbage", "diff --git a/x b/x\n@@ -1,2 +1,2 @@\n-a\n"))).reason())
                .isNotBlank();
        assertThat(refused(apply(patch("evil empty", ""))).reason()).isEqualTo("Patch is empty");
        assertThat(refused(apply(patch("evil text", "no diff here\n"))).reason()).isEqualTo("No valid patches in input");
        assertThat(refused(apply()).summary()).isEqualTo("the series has no patches");
    }
}
