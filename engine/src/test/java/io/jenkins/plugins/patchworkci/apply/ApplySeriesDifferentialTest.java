package io.jenkins.plugins.patchworkci.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.mail.PatchId;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our applier against the real {@code git am}: the same mails (split by git's own mailsplit and
 * mailinfo) applied both ways onto the same commit with the same committer must give the same
 * commit ids — which pins tree, message, author (name, email, date and zone) and parent at once.
 */
class ApplySeriesDifferentialTest {

    static final PersonIdent COMMITTER = new PersonIdent(GitCli.COMMITTER_NAME, GitCli.COMMITTER_EMAIL,
            Instant.ofEpochSecond(1700000000), ZoneOffset.ofHours(1));

    @TempDir
    static Path tmp;

    static EveryDiffShapeSeries fx;
    static Repository repo;

    @BeforeAll
    static void makeHistory() throws Exception {
        fx = EveryDiffShapeSeries.everyShape(tmp.resolve("repo"));
        repo = new FileRepositoryBuilder().setGitDir(fx.git.dir.resolve(".git").toFile()).build();
    }

    @AfterAll
    static void close() {
        repo.close();
    }

    /** Runs git am on a detached HEAD at {@code onto}; returns the commits it made, in order. */
    static GitAm gitAm(GitCli g, String onto, byte[] mbox, String... opts) throws IOException, InterruptedException {
        g.run("checkout", "-q", "--detach", "-f", onto);
        List<String> args = new ArrayList<>(List.of("am", "-q"));
        args.addAll(Arrays.asList(opts));
        GitCli.Result r = g.exec(mbox, Map.of(), args.toArray(String[]::new));
        String head = g.run("rev-parse", "HEAD");
        List<String> made = head.equals(onto) ? List.of()
                : List.of(g.run("rev-list", "--reverse", onto + ".." + head).split("\n"));
        if (r.rc() != 0) {
            g.run("am", "--abort");
        }
        return new GitAm(r.rc() == 0, made, r.err() + r.text());
    }

    record GitAm(boolean ok, List<String> commits, String output) {}

    static List<String> ids(AppliedSeries s) {
        return s.commits().stream().map(c -> c.commit().name()).toList();
    }

    AppliedSeries ours(String onto, List<PatchToApply> patches, boolean signOff) throws IOException {
        return new ApplySeries(repo).setTip(ObjectId.fromString(onto)).setPatches(patches)
                .setCommitter(COMMITTER).setSignOff(signOff).call();
    }

    @Test
    void everyDiffShapeGivesTheCommitsGitAmGives() throws Exception {
        byte[] mbox = fx.formatPatch(fx.base, fx.series);
        List<PatchToApply> patches = fx.git.mailinfo(mbox, false);
        assertThat(patches).hasSize(10);

        GitAm git = gitAm(fx.git, fx.base, mbox);
        assertThat(git.ok()).as(git.output()).isTrue();
        assertThat(git.commits()).hasSize(10);
        AppliedSeries ours = ours(fx.base, patches, false);

        assertThat(ours.failure()).isEmpty();
        assertThat(ours.tier()).contains(Tier.BRANCH_TIP);
        assertThat(ids(ours)).isEqualTo(git.commits());
        // And both equal the original tree: the series round-trips.
        assertThat(ours.tree().orElseThrow().name()).isEqualTo(fx.git.run("rev-parse", fx.series + "^{tree}"));
    }

    @Test
    void signOffAsGitAmDashS() throws Exception {
        byte[] mbox = fx.formatPatch(fx.base, fx.series);
        List<PatchToApply> patches = fx.git.mailinfo(mbox, false);
        GitAm git = gitAm(fx.git, fx.base, mbox, "-s");
        assertThat(git.ok()).as(git.output()).isTrue();
        assertThat(ids(ours(fx.base, patches, true))).isEqualTo(git.commits());
    }

    @Test
    void hunksFoundAtAnOffsetAsGitFindsThem() throws Exception {
        GitCli g = fx.git;
        g.run("checkout", "-q", "-f", "-B", "offset", fx.base);
        g.write("src/main.c", "/* three */\n/* new */\n/* lines */\n" + EveryDiffShapeSeries.lines("int main", 60));
        g.write("README", EveryDiffShapeSeries.lines("readme", 30) + "appended\n");
        String tip = g.commit("shift lines", "1500000100 +0000");
        byte[] mbox = fx.formatPatch(fx.base, fx.series + "~9");
        GitAm git = gitAm(g, tip, mbox);
        AppliedSeries ours = ours(tip, g.mailinfo(mbox, false), false);
        // README's last-line hunk must match at the end and the tip appended a line: git refuses.
        assertThat(git.ok()).isFalse();
        assertThat(ours.applied()).isFalse();
        assertThat(ours.failure().orElseThrow().where().path()).isEqualTo("README");
        assertThat(ours.failure().orElseThrow().where().hunk()).startsWith("@@ -27,4 +27,4 @@");

        g.run("checkout", "-q", "-f", "-B", "offset2", fx.base);
        g.write("src/main.c", "/* three */\n/* new */\n/* lines */\n" + EveryDiffShapeSeries.lines("int main", 60));
        String tip2 = g.commit("shift lines", "1500000100 +0000");
        GitAm git2 = gitAm(g, tip2, mbox);
        assertThat(git2.ok()).as(git2.output()).isTrue();
        assertThat(ids(ours(tip2, g.mailinfo(mbox, false), false))).isEqualTo(git2.commits());
    }

    @Test
    void patchIdIsGitPatchIdStable() throws Exception {
        byte[] mbox = fx.formatPatch(fx.base, fx.series);
        List<PatchToApply> patches = fx.git.mailinfo(mbox, false);
        String[] git = fx.git.exec(mbox, Map.of(), "patch-id", "--stable").text().split("\n");
        assertThat(git).hasSize(patches.size());
        for (int i = 0; i < patches.size(); i++) {
            assertThat(PatchId.stable(patches.get(i).info().patch()).orElse(null)).as(patches.get(i).info().subject())
                    .isEqualTo(git[i].split(" ")[0]);
        }
    }

    @Test
    void crlfContentAsGitAmKeepCr() throws Exception {
        GitCli g = GitCli.init(tmp.resolve("crlf"));
        g.write("dos.txt", "one\r\ntwo\r\nthree\r\nfour\r\n");
        g.write("mixed.txt", "unix\ndos\r\nunix\n");
        String base = g.commit("base", "1500000000 +0000");
        g.write("dos.txt", "one\r\n2\r\nthree\r\nfour\r\nfive\r\n");
        g.write("mixed.txt", "unix\nDOS\r\nunix\n");
        String head = g.commit("crlf edits", "1500000100 +0200");
        byte[] mbox = g.exec(null, Map.of(), "format-patch", "--stdout", base + ".." + head).out();
        GitAm git = gitAm(g, base, mbox, "--keep-cr");
        assertThat(git.ok()).as(git.output()).isTrue();
        try (Repository r = new FileRepositoryBuilder().setGitDir(g.dir.resolve(".git").toFile()).build()) {
            AppliedSeries ours = new ApplySeries(r).setTip(ObjectId.fromString(base))
                    .setPatches(g.mailinfo(mbox, true)).setCommitter(COMMITTER).call();
            assertThat(ids(ours)).isEqualTo(git.commits());
        }
    }

    @Test
    void messagesDatesAndSignOffsAsGitAmDashS() throws Exception {
        GitCli g = GitCli.init(tmp.resolve("messages"));
        g.write("f", "0\n");
        String base = g.commit("base", "1500000000 +0000");
        String[] messages = {
            "plain\n\nbody text",
            "other sign-off\n\nbody\n\nSigned-off-by: X Y <x@y.org>",
            "ours last\n\nbody\n\nSigned-off-by: " + GitCli.COMMITTER_NAME + " <" + GitCli.COMMITTER_EMAIL + ">",
            "ours not last\n\nbody\n\nSigned-off-by: " + GitCli.COMMITTER_NAME + " <" + GitCli.COMMITTER_EMAIL
                    + ">\nSigned-off-by: X Y <x@y.org>",
            "sign-off in text\n\nbody Signed-off-by: in text\nSigned-off-by: Z <z@z.org>\n\nlast paragraph",
            "other trailers\n\nbody\n\nCc: X <x@y.org>\nLink: https://example.org/1",
            "subject only",
            "mixed block\n\nbody\n\nFixes: 0123456789ab (\"x\")\nsome free text here\nSigned-off-by: A <a@b.org>",
            "continuation\n\nbody\n\nReported-by: A Very Long Name\n  <continued@example.org>\nAcked-by: B <b@c.org>",
        };
        String[] dates = {"1600000000 +0000", "1600000000 -1200", "1600000000 +1400", "1600000000 +0545",
            "1600000000 -0330", "1600000000 +0100", "1600000000 +0000", "1600000000 -0500", "1600000000 +0900"};
        for (int i = 0; i < messages.length; i++) {
            g.write("f", i + 1 + "\n");
            g.commit(messages[i], dates[i]);
        }
        byte[] mbox = g.exec(null, Map.of(), "format-patch", "--stdout", base + "..HEAD").out();
        GitAm git = gitAm(g, base, mbox, "-s");
        assertThat(git.ok()).as(git.output()).isTrue();
        try (Repository r = new FileRepositoryBuilder().setGitDir(g.dir.resolve(".git").toFile()).build()) {
            AppliedSeries ours = new ApplySeries(r).setTip(ObjectId.fromString(base))
                    .setPatches(g.mailinfo(mbox, false)).setCommitter(COMMITTER).setSignOff(true).call();
            assertThat(ids(ours)).hasSize(messages.length).isEqualTo(git.commits());
        }
        // Date lines as mailers write them, each read as git reads it.
        String[] dateLines = {"Wed, 25 Nov 2026 02:18:25 +0100", "25 Nov 2026 02:18:25 -0000",
            "Tue, 3 Feb 2026 7:05:09 +0530 (IST)", "Mon, 1 Jun 98 23:59:59 EST", "Fri, 13 Mar 2026 10:00:00 GMT",
            "Sat, 14 Mar 2026 10:00 -0800", "2026-03-15 10:11:12 +0200", "Sun, 15 Mar 2026 10:11:12 PDT"};
        String one = new String(g.exec(null, Map.of(), "format-patch", "--stdout", "-1", "HEAD").out(),
                java.nio.charset.StandardCharsets.UTF_8);
        for (String d : dateLines) {
            byte[] mail = one.replaceFirst("(?m)^Date: .*$", "Date: " + d).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String parent = g.run("rev-parse", "HEAD~");
            GitAm gd = gitAm(g, parent, mail);
            assertThat(gd.ok()).as(d + gd.output()).isTrue();
            try (Repository r = new FileRepositoryBuilder().setGitDir(g.dir.resolve(".git").toFile()).build()) {
                AppliedSeries ours = new ApplySeries(r).setTip(ObjectId.fromString(parent))
                        .setPatches(g.mailinfo(mail, false)).setCommitter(COMMITTER).call();
                assertThat(ids(ours)).as(d).isEqualTo(gd.commits());
            }
        }
    }

    @Test
    void conflictFailsAtThePatchGitAmStopsAt() throws Exception {
        GitCli g = fx.git;
        g.run("checkout", "-q", "-f", "-B", "conflict", fx.base);
        g.write("keep.txt", EveryDiffShapeSeries.lines("keep", 40).replace("keep 39\n", "keep 39 on the tip\n"));
        String tip = g.commit("tip touches keep.txt", "1500000100 +0000");
        byte[] mbox = fx.formatPatch(fx.base, fx.series);
        GitAm git = gitAm(g, tip, mbox);
        assertThat(git.ok()).isFalse();
        assertThat(git.output()).contains("Patch failed at 0005").contains("patch failed: keep.txt:36");
        AppliedSeries ours = new ApplySeries(repo).setTip(ObjectId.fromString(tip)).setPatches(g.mailinfo(mbox, false))
                .setCommitter(COMMITTER).call();
        assertThat(ours.applied()).isFalse();
        assertThat(ids(ours)).isEqualTo(git.commits()); // the four that applied before it, identical
        ApplyFailure f = ours.failure().orElseThrow();
        assertThat(f.patchIndex()).isEqualTo(5);
        assertThat(f.subject()).isEqualTo("copy a file with a change");
        assertThat(f.where().path()).isEqualTo("keep.txt");
        assertThat(f.where().hunk()).isEqualTo("@@ -36,5 +36,5 @@");
        assertThat(f.where().line()).isEqualTo(36);
        assertThat(f.where().expected()).containsExactly("keep 36", "keep 37", "keep 38", "keep 39", "keep 40");
        assertThat(f.where().found()).contains("keep 39 on the tip");
        assertThat(f.summary()).contains("patch 5").contains("keep.txt").contains("@@ -36,5 +36,5 @@");
    }

    @Test
    void threeWayAsGitAmDash3() throws Exception {
        GitCli g = fx.git;
        g.run("checkout", "-q", "-f", "-B", "threeway", fx.base);
        g.write("src/main.c", EveryDiffShapeSeries.lines("int main", 60).replace("int main 3\n", "int main three\n"));
        String tip = g.commit("tip touches the context of a hunk", "1500000100 +0000");
        byte[] mbox = fx.formatPatch(fx.base, fx.series);
        assertThat(gitAm(g, tip, mbox).ok()).isFalse();
        GitAm git = gitAm(g, tip, mbox, "-3");
        assertThat(git.ok()).as(git.output()).isTrue();

        List<PatchToApply> patches = g.mailinfo(mbox, false);
        AppliedSeries plain = new ApplySeries(repo).setTip(ObjectId.fromString(tip)).setPatches(patches)
                .setCommitter(COMMITTER).call();
        assertThat(plain.applied()).isFalse();
        assertThat(plain.failure().orElseThrow().where().path()).isEqualTo("src/main.c");

        AppliedSeries ours = new ApplySeries(repo).setTip(ObjectId.fromString(tip)).setPatches(patches)
                .setCommitter(COMMITTER).setThreeWay(true).call();
        assertThat(ours.tier()).contains(Tier.THREE_WAY);
        assertThat(ids(ours)).isEqualTo(git.commits());
        assertThat(ours.tipFailure().orElseThrow().patchIndex()).isEqualTo(1);
        assertThat(ours.summary()).contains("three-way").contains("not applicable to the branch tip");
    }

    @Test
    void baseCommitTierWhenTheTipMoved() throws Exception {
        GitCli g = fx.git;
        g.run("checkout", "-q", "-f", "-B", "moved", fx.base);
        g.write("keep.txt", EveryDiffShapeSeries.lines("keep", 40).replace("keep 39\n", "keep 39 on the tip\n"));
        String tip = g.commit("tip moved", "1500000100 +0000");
        List<PatchToApply> patches = g.mailinfo(fx.formatPatch(fx.base, fx.series), false);
        AppliedSeries r = new ApplySeries(repo).setTip(ObjectId.fromString(tip)).setBaseCommit(fx.base.substring(0, 12))
                .setPatches(patches).setCommitter(COMMITTER).setOtherBranches(Map.of("base", ObjectId.fromString(fx.base)))
                .setUpdateRef("refs/heads/applied").call();
        assertThat(r.tier()).contains(Tier.BASE_COMMIT);
        assertThat(r.needsRebase()).isTrue();
        assertThat(r.tip().name()).isEqualTo(tip);
        assertThat(r.summary()).startsWith("applies at its base-commit " + fx.base.substring(0, 12)
                + ", not at the branch tip " + tip.substring(0, 12) + ": needs a rebase").contains("keep.txt");
        assertThat(repo.resolve("refs/heads/applied")).isEqualTo(r.head());
        assertThat(r.base().name()).isEqualTo(fx.base);
        assertThat(r.tipFailure().orElseThrow().where().path()).isEqualTo("keep.txt");
        assertThat(r.tree().orElseThrow().name()).isEqualTo(g.run("rev-parse", fx.series + "^{tree}"));
    }

    @Test
    void theTipWinsOverTheBaseCommitWhenTheSeriesAppliesToBoth() throws Exception {
        GitCli g = fx.git;
        g.run("checkout", "-q", "-f", "-B", "unrelated", fx.base);
        g.write("unrelated.txt", "a file the series does not touch\n");
        String tip = g.commit("tip moved elsewhere", "1500000100 +0000");
        byte[] mbox = fx.formatPatch(fx.base, fx.series);
        GitAm git = gitAm(g, tip, mbox);
        assertThat(git.ok()).as(git.output()).isTrue();

        AppliedSeries r = new ApplySeries(repo).setTip(ObjectId.fromString(tip)).setBaseCommit(fx.base)
                .setPatches(g.mailinfo(mbox, false)).setCommitter(COMMITTER).call();

        // What git am on the branch gives, commit for commit: not the series replayed on its old base.
        assertThat(r.tier()).contains(Tier.BRANCH_TIP);
        assertThat(r.needsRebase()).isFalse();
        assertThat(r.base().name()).isEqualTo(tip);
        assertThat(ids(r)).isEqualTo(git.commits());
    }

    @Test
    void theBaseCommitComesAfterTheThreeWayTiers() throws Exception {
        GitCli g = fx.git;
        g.run("checkout", "-q", "-f", "-B", "threeway-base", fx.base);
        g.write("src/main.c", EveryDiffShapeSeries.lines("int main", 60).replace("int main 3\n", "int main three\n"));
        String tip = g.commit("tip touches the context of a hunk", "1500000100 +0000");
        byte[] mbox = fx.formatPatch(fx.base, fx.series);
        GitAm git = gitAm(g, tip, mbox, "-3");
        assertThat(git.ok()).as(git.output()).isTrue();

        AppliedSeries r = new ApplySeries(repo).setTip(ObjectId.fromString(tip)).setBaseCommit(fx.base)
                .setPatches(g.mailinfo(mbox, false)).setCommitter(COMMITTER).setThreeWay(true).call();

        assertThat(r.tier()).contains(Tier.THREE_WAY);
        assertThat(ids(r)).isEqualTo(git.commits());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "patch-ids from the git command: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void failureSaysWhenThePatchIsAlreadyInTheBranch(boolean useGit) throws Exception {
        GitCli g = fx.git;
        g.run("checkout", "-q", "-f", "-B", "picked", fx.base);
        g.run("cherry-pick", fx.series + "~9");
        String tip = g.run("rev-parse", "HEAD");
        List<PatchToApply> patches = g.mailinfo(fx.formatPatch(fx.base, fx.series), false);
        AppliedSeries r = new ApplySeries(repo).setTip(ObjectId.fromString(tip)).setPatches(patches)
                .setCommitter(COMMITTER).setOtherBranches(Map.of("base", ObjectId.fromString(fx.base)))
                .setUseGitCommand(useGit).call();
        ApplyFailure f = r.failure().orElseThrow();
        assertThat(f.patchIndex()).isEqualTo(1);
        assertThat(f.alreadyInBranch()).contains(
                new ApplyFailure.AlreadyApplied(tip, ApplyFailure.AlreadyApplied.Match.PATCH_ID));
        assertThat(f.appliesTo()).containsExactly("base");
        assertThat(f.summary()).contains("already in the branch").contains("applies to base");
    }

    @Test
    void threeWayFollowsRenamesAsGitAmDash3() throws Exception {
        GitCli g = GitCli.init(tmp.resolve("rename3"));
        g.write("drivers/old.c", EveryDiffShapeSeries.lines("line", 30));
        String base = g.commit("base", "1500000000 +0000");
        g.run("mv", "drivers/old.c", "drivers/new.c");
        g.write("drivers/new.c", EveryDiffShapeSeries.lines("line", 30).replace("line 20\n", "line twenty\n"));
        String head = g.commit("rename and change", "1500000100 +0000");
        g.run("checkout", "-q", "-f", "-B", "tip", base);
        g.write("drivers/old.c", EveryDiffShapeSeries.lines("line", 30).replace("line 18\n", "line eighteen\n")
                .replace("line 2\n", "line two\n"));
        String tip = g.commit("tip changes the old file", "1500000200 +0000");
        byte[] mbox = g.exec(null, Map.of(), "format-patch", "--stdout", base + ".." + head).out();
        assertThat(gitAm(g, tip, mbox).ok()).isFalse();
        GitAm git = gitAm(g, tip, mbox, "-3");
        assertThat(git.ok()).as(git.output()).isTrue();
        try (Repository r = new FileRepositoryBuilder().setGitDir(g.dir.resolve(".git").toFile()).build()) {
            AppliedSeries ours = new ApplySeries(r).setTip(ObjectId.fromString(tip)).setPatches(g.mailinfo(mbox, false))
                    .setCommitter(COMMITTER).setThreeWay(true).call();
            assertThat(ours.tier()).contains(Tier.THREE_WAY);
            assertThat(ids(ours)).isEqualTo(git.commits());
        }
    }

    @Test
    void failureFallsBackOnTheSubjectWhenThePatchChanged() throws Exception {
        GitCli g = fx.git;
        g.run("checkout", "-q", "-f", "-B", "reworked", fx.base);
        g.write("README", EveryDiffShapeSeries.lines("readme", 30).replace("readme 1\n", "README 1 (as merged)\n"));
        String tip = g.commit("main: change the start, middle and end of files", "1500000100 +0000");
        List<PatchToApply> patches = g.mailinfo(fx.formatPatch(fx.base, fx.series), false);
        ApplyFailure f = new ApplySeries(repo).setTip(ObjectId.fromString(tip)).setPatches(patches).call()
                .failure().orElseThrow();
        assertThat(f.patchIndex()).isEqualTo(1);
        assertThat(f.alreadyInBranch()).contains(
                new ApplyFailure.AlreadyApplied(tip, ApplyFailure.AlreadyApplied.Match.SUBJECT));
        assertThat(f.summary()).contains("(same subject)");
    }

    @Test
    void threeWayConflictFailsAsGitAmDash3() throws Exception {
        GitCli g = fx.git;
        g.run("checkout", "-q", "-f", "-B", "conflict3", fx.base);
        g.write("src/main.c", EveryDiffShapeSeries.lines("int main", 60).replace("int main 5\n", "int main FIVE\n"));
        String tip = g.commit("tip changes the same line", "1500000100 +0000");
        byte[] mbox = fx.formatPatch(fx.base, fx.series);
        GitAm git = gitAm(g, tip, mbox, "-3");
        assertThat(git.ok()).isFalse();
        assertThat(git.output()).contains("Patch failed at 0001").contains("Failed to merge in the changes");
        AppliedSeries ours = new ApplySeries(repo).setTip(ObjectId.fromString(tip)).setPatches(g.mailinfo(mbox, false))
                .setCommitter(COMMITTER).setThreeWay(true).call();
        assertThat(ours.applied()).isFalse();
        assertThat(ids(ours)).isEqualTo(git.commits());
        ApplyFailure f = ours.failure().orElseThrow();
        assertThat(f.patchIndex()).isEqualTo(1);
        assertThat(f.reason()).contains("three-way: patch 1: three-way merge conflict in src/main.c");
    }

    @Test
    void threeWayGoesAsFarAsGitAmDash3() throws Exception {
        GitCli g = fx.git;
        g.run("checkout", "-q", "-f", "-B", "further3", fx.base);
        // Patch 1 needs the three-way merge (context touched); patch 5 then conflicts outright.
        g.write("src/main.c", EveryDiffShapeSeries.lines("int main", 60).replace("int main 3\n", "int main three\n"));
        g.write("keep.txt", EveryDiffShapeSeries.lines("keep", 40).replace("keep 39\n", "keep 39 on the tip\n"));
        String tip = g.commit("tip", "1500000100 +0000");
        byte[] mbox = fx.formatPatch(fx.base, fx.series);
        GitAm git = gitAm(g, tip, mbox, "-3");
        assertThat(git.ok()).isFalse();
        assertThat(git.commits()).hasSize(4);
        AppliedSeries ours = new ApplySeries(repo).setTip(ObjectId.fromString(tip)).setPatches(g.mailinfo(mbox, false))
                .setCommitter(COMMITTER).setThreeWay(true).call();
        assertThat(ours.applied()).isFalse();
        assertThat(ids(ours)).isEqualTo(git.commits());
        assertThat(ours.failure().orElseThrow().patchIndex()).isEqualTo(5);
        assertThat(ours.failure().orElseThrow().reason()).contains("three-way merge conflict in keep.txt");
        assertThat(ours.tipFailure().orElseThrow().patchIndex()).isEqualTo(1);
    }
}
