package io.jenkins.plugins.patchworkci.apply;

import static org.assertj.core.api.Assertions.assertThat;

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

    static SeriesFixture fx;
    static Repository repo;

    @BeforeAll
    static void makeHistory() throws Exception {
        fx = SeriesFixture.everyShape(tmp.resolve("repo"));
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
        g.write("src/main.c", "/* three */\n/* new */\n/* lines */\n" + SeriesFixture.lines("int main", 60));
        g.write("README", SeriesFixture.lines("readme", 30) + "appended\n");
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
        g.write("src/main.c", "/* three */\n/* new */\n/* lines */\n" + SeriesFixture.lines("int main", 60));
        String tip2 = g.commit("shift lines", "1500000100 +0000");
        GitAm git2 = gitAm(g, tip2, mbox);
        assertThat(git2.ok()).as(git2.output()).isTrue();
        assertThat(ids(ours(tip2, g.mailinfo(mbox, false), false))).isEqualTo(git2.commits());
    }
}
