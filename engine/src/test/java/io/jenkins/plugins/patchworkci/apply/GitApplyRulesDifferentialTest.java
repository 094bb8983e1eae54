package io.jenkins.plugins.patchworkci.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corners of git's apply rules, each checked against {@code git am}: where the offset search
 * looks first when the context appears twice, hunks anchored at the start of a file, context that
 * changed (no fuzz), bytes that are not UTF-8, a new file that already exists, an empty patch.
 */
class GitApplyRulesDifferentialTest {

    @TempDir
    Path tmp;

    private Repository lastRepo;

    @org.junit.jupiter.api.AfterEach
    void close() {
        if (lastRepo != null) {
            lastRepo.close();
        }
    }

    record Outcome(ApplySeriesDifferentialTest.GitAm git, AppliedSeries ours) {}

    /** Makes base, a commit with {@code change} on it, and a tip with {@code tipChange}; applies the commit onto the tip both ways. */
    Outcome run(Map<String, byte[]> base, Map<String, byte[]> change, Map<String, byte[]> tipChange) throws Exception {
        GitCli g = GitCli.init(tmp.resolve("r" + System.nanoTime()));
        for (Map.Entry<String, byte[]> e : base.entrySet()) {
            g.write(e.getKey(), e.getValue());
        }
        String b = g.commit("base", "1500000000 +0000");
        for (Map.Entry<String, byte[]> e : change.entrySet()) {
            g.write(e.getKey(), e.getValue());
        }
        String c = g.commit("the change\n\nWith a body.", "1500000100 +0200");
        g.run("checkout", "-q", "-f", "-B", "tip", b);
        for (Map.Entry<String, byte[]> e : tipChange.entrySet()) {
            g.write(e.getKey(), e.getValue());
        }
        String tip = g.commit("tip", "1500000200 +0000");
        byte[] mbox = g.exec(null, Map.of(), "format-patch", "--stdout", "--always", "--binary", b + ".." + c).out();
        ApplySeriesDifferentialTest.GitAm git = ApplySeriesDifferentialTest.gitAm(g, tip, mbox);
        if (lastRepo != null) {
            lastRepo.close();
        }
        lastRepo = new FileRepositoryBuilder().setGitDir(g.dir.resolve(".git").toFile()).build();
        AppliedSeries ours = new ApplySeries(lastRepo).setTip(ObjectId.fromString(tip)).setPatches(g.mailinfo(mbox, false))
                .setCommitter(ApplySeriesDifferentialTest.COMMITTER).setRefuseCaseCollisions(false).call();
        return new Outcome(git, ours);
    }

    /**
     * git am applies {@code mbox} on {@code b0}, and the applier makes the same {@code commits} commits of it,
     * id for id.
     */
    private void sameCommitsAsGitAm(GitCli g, String b0, byte[] mbox, int commits) throws Exception {
        ApplySeriesDifferentialTest.GitAm git = ApplySeriesDifferentialTest.gitAm(g, b0, mbox);
        assertThat(git.ok()).as(git.output()).isTrue();
        lastRepo = new FileRepositoryBuilder().setGitDir(g.dir.resolve(".git").toFile()).build();
        AppliedSeries ours = new ApplySeries(lastRepo).setTip(ObjectId.fromString(b0)).setPatches(g.mailinfo(mbox, false))
                .setCommitter(ApplySeriesDifferentialTest.COMMITTER).call();
        assertThat(ApplySeriesDifferentialTest.ids(ours)).as(ours.summary()).hasSize(commits).isEqualTo(git.commits());
    }

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static void sameResult(Outcome o) {
        assertThat(o.ours().applied()).as(o.git().output() + " / " + o.ours().summary()).isEqualTo(o.git().ok());
        assertThat(ApplySeriesDifferentialTest.ids(o.ours())).isEqualTo(o.git().commits());
    }

    @Test
    void offsetSearchLooksAfterBeforeItLooksBefore() throws Exception {
        // The same block twice in the tip, 8 lines before and 8 lines after where the hunk says it
        // is: git tries one after, one before, two after... so the later block wins.
        String block = "{\n\tx = 1;\n\ty = 2;\n\tz = 3;\n}\n";
        String base = "head\n" + "pad\n".repeat(10) + block + "pad\n".repeat(10) + "tail\n";
        String changed = base.replaceFirst("y = 2", "y = 20");
        String tip = "head\n" + "pad\n".repeat(2) + block + "pad\n".repeat(11) + block + "pad\n".repeat(10) + "tail\n";
        Outcome o = run(Map.of("f.c", b(base)), Map.of("f.c", b(changed)), Map.of("f.c", b(tip)));
        assertThat(o.git().ok()).isTrue();
        sameResult(o);
        String result = PrerequisitesAndRebuiltTierTest.read(lastRepo, o.ours().tree().orElseThrow(), "f.c");
        assertThat(result.indexOf("y = 20")).isGreaterThan(result.indexOf("y = 2;"));
    }

    @Test
    void hunkAtTheStartMustMatchAtTheStart() throws Exception {
        String base = "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\n";
        Outcome o = run(Map.of("f", b(base)), Map.of("f", b(base.replace("two", "2"))), Map.of("f", b("zero\n" + base)));
        assertThat(o.git().ok()).isFalse();
        sameResult(o);
        assertThat(o.ours().failure().orElseThrow().where().hunk()).isEqualTo("@@ -1,5 +1,5 @@");
    }

    @Test
    void changedContextIsNotFuzzed() throws Exception {
        String base = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\n";
        Outcome o = run(Map.of("f", b(base)), Map.of("f", b(base.replace("f\n", "F\n"))),
                Map.of("f", b(base.replace("h\n", "H\n"))));
        assertThat(o.git().ok()).isFalse();
        sameResult(o);
        assertThat(o.ours().failure().orElseThrow().where().found()).contains("H");
    }

    @Test
    void bytesThatAreNotUtf8PassThrough() throws Exception {
        byte[] latin1 = "caf\u00e9\nna\u00efve\nend\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] changed = "caf\u00e9\nna\u00efve \u00e0 la carte\nend\n".getBytes(StandardCharsets.ISO_8859_1);
        Outcome o = run(Map.of("latin1.txt", latin1), Map.of("latin1.txt", changed), Map.of("other", b("x\n")));
        assertThat(o.git().ok()).isTrue();
        sameResult(o);
    }

    @Test
    void newFileThatAlreadyExists() throws Exception {
        Outcome o = run(Map.of("f", b("f\n")), Map.of("new.txt", b("mine\n")), Map.of("new.txt", b("theirs\n")));
        assertThat(o.git().ok()).isFalse();
        sameResult(o);
        assertThat(o.ours().failure().orElseThrow().reason()).isEqualTo("already exists in index");
        assertThat(o.ours().failure().orElseThrow().where().path()).isEqualTo("new.txt");
    }

    @Test
    void emptyPatchIsRefusedAsGitAmRefusesIt() throws Exception {
        Outcome o = run(Map.of("f", b("f\n")), Map.of(), Map.of("g", b("g\n")));
        assertThat(o.git().ok()).isFalse();
        assertThat(o.git().output()).contains("Patch is empty");
        sameResult(o);
        assertThat(o.ours().failure().orElseThrow().reason()).isEqualTo("Patch is empty");
    }

    @Test
    void deletingAFileThatChangedFails() throws Exception {
        String base = "1\n2\n3\n";
        GitCli g = GitCli.init(tmp.resolve("del"));
        g.write("f", base);
        String b0 = g.commit("base", "1500000000 +0000");
        java.nio.file.Files.delete(g.dir.resolve("f"));
        String del = g.commit("delete f", "1500000100 +0000");
        g.run("checkout", "-q", "-f", "-B", "tip", b0);
        g.write("f", "1\n2\n3\n4\n");
        String tip = g.commit("tip grows f", "1500000200 +0000");
        byte[] mbox = g.exec(null, Map.of(), "format-patch", "--stdout", b0 + ".." + del).out();
        ApplySeriesDifferentialTest.GitAm git = ApplySeriesDifferentialTest.gitAm(g, tip, mbox);
        assertThat(git.ok()).isFalse();
        try (Repository repo = new FileRepositoryBuilder().setGitDir(g.dir.resolve(".git").toFile()).build()) {
            AppliedSeries ours = new ApplySeries(repo).setTip(ObjectId.fromString(tip)).setPatches(g.mailinfo(mbox, false))
                    .call();
            assertThat(ours.applied()).isFalse();
            assertThat(ours.failure().orElseThrow().where().path()).isEqualTo("f");
        }
    }

    @Test
    void submoduleCommitsMoveAsGitAmMovesThem() throws Exception {
        GitCli g = GitCli.init(tmp.resolve("sub"));
        g.write("f", "f\n");
        String b0 = g.commit("base", "1500000000 +0000");
        String one = "1111111111111111111111111111111111111111";
        String two = "2222222222222222222222222222222222222222";
        g.run("update-index", "--add", "--cacheinfo", "160000," + one + ",lib/sub");
        g.run(Map.of("GIT_AUTHOR_DATE", "1500000100 +0000"), "commit", "-q", "-m", "add submodule");
        g.run("update-index", "--cacheinfo", "160000," + two + ",lib/sub");
        g.run(Map.of("GIT_AUTHOR_DATE", "1500000200 +0000"), "commit", "-q", "-m", "move submodule");
        byte[] mbox = g.exec(null, Map.of(), "format-patch", "--stdout", b0 + "..HEAD").out();
        sameCommitsAsGitAm(g, b0, mbox, 2);
    }

    @Test
    void copiesAndRenamesWithoutChangesAsGitAm() throws Exception {
        GitCli g = GitCli.init(tmp.resolve("copies"));
        g.write("lib/list.c", EveryDiffShapeSeries.lines("list", 25));
        g.write("lib/tree.c", EveryDiffShapeSeries.lines("tree", 25));
        String b0 = g.commit("base", "1500000000 +0000");
        g.write("lib/list-copy.c", EveryDiffShapeSeries.lines("list", 25));
        g.run("mv", "lib/tree.c", "lib/forest.c");
        g.commit("copy one file, rename another, no changes", "1500000100 +0000");
        byte[] mbox = g.exec(null, Map.of(), "format-patch", "--stdout", "-C", "-C", b0 + "..HEAD").out();
        assertThat(new String(mbox, StandardCharsets.UTF_8)).contains("copy from lib/list.c").contains("rename to lib/forest.c")
                .doesNotContain("@@");
        sameCommitsAsGitAm(g, b0, mbox, 1);
    }

    @Test
    void aCopyStartsFromTheSourceBeforeThePatchChangesIt() throws Exception {
        GitCli g = GitCli.init(tmp.resolve("copysource"));
        g.write("a.txt", EveryDiffShapeSeries.lines("a", 30));
        String b0 = g.commit("base", "1500000000 +0000");
        g.write("b.txt", EveryDiffShapeSeries.lines("a", 30).replace("a 5\n", "a five\n"));
        g.write("a.txt", EveryDiffShapeSeries.lines("a", 30).replace("a 25\n", "a twenty-five\n"));
        g.commit("change a, copy it to b with another change", "1500000100 +0000");
        byte[] mbox = g.exec(null, Map.of(), "format-patch", "--stdout", "-C", "-C", b0 + "..HEAD").out();
        String text = new String(mbox, StandardCharsets.UTF_8);
        assertThat(text.indexOf("diff --git a/a.txt b/a.txt")).isLessThan(text.indexOf("copy to b.txt"));
        sameCommitsAsGitAm(g, b0, mbox, 1);
    }

    @Test
    void traditionalDiffsAsQuiltSendsThem() throws Exception {
        GitCli g = GitCli.init(tmp.resolve("quilt"));
        g.write("f.txt", "1\n2\n3\n4\n");
        String b0 = g.commit("base", "1500000000 +0000");
        String mail = "From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001\n"
                + "From: Q User <q@example.org>\nDate: Wed, 25 Nov 2026 02:18:25 +0100\n"
                + "Subject: [PATCH] quilt: a diff without git headers\n\nBody.\n\nSigned-off-by: Q User <q@example.org>\n"
                + "---\nIndex: f.txt\n===================================================================\n"
                + "--- a/f.txt\t2026-11-25 02:18:25.000000000 +0100\n+++ b/f.txt\t2026-11-25 02:19:00.000000000 +0100\n"
                + "@@ -1,4 +1,4 @@\n 1\n-2\n+two\n 3\n 4\n"
                + "--- /dev/null\n+++ b/dir/new.txt\n@@ -0,0 +1 @@\n+new\n";
        byte[] mbox = mail.getBytes(StandardCharsets.UTF_8);
        sameCommitsAsGitAm(g, b0, mbox, 1);
    }
}
