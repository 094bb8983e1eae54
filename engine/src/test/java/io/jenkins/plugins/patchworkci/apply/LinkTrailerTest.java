package io.jenkins.plugins.patchworkci.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.mail.MailInfo;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code Link:} trailer b4 adds: in the trailer block, before the applier's sign-off, never twice. */
class LinkTrailerTest {

    @TempDir
    Path tmp;

    String message(String body, boolean signOff) throws Exception {
        GitCli g = GitCli.init(tmp.resolve("r" + System.nanoTime()));
        g.write("f", "a\n");
        String base = g.commit("base", "1500000000 +0000");
        String diff = "diff --git a/f b/f\nindex 7898192..422c2b7 100644\n--- a/f\n+++ b/f\n@@ -1 +1,2 @@\n a\n+b\n";
        PatchToApply p = new PatchToApply(new MailInfo("A U Thor", "a@example.org", "f: add b",
                "Wed, 25 Nov 2026 02:18:25 +0100", body, diff.getBytes()), "20261125.abc@example.org");
        try (Repository repo = new FileRepositoryBuilder().setGitDir(g.dir.resolve(".git").toFile()).build()) {
            AppliedSeries r = new ApplySeries(repo).setTip(ObjectId.fromString(base)).setPatches(List.of(p))
                    .setCommitter(new PersonIdent("C Ommitter", "c@example.org", Instant.EPOCH, ZoneOffset.UTC))
                    .setLinkPattern(ApplySeries.DEFAULT_LINK_PATTERN).setSignOff(signOff).call();
            try (RevWalk rw = new RevWalk(repo)) {
                return rw.parseCommit(r.head()).getFullMessage();
            }
        }
    }

    @Test
    void linkGoesIntoTheTrailerBlockBeforeTheSignOff() throws Exception {
        assertThat(message("Why.\n\nSigned-off-by: A U Thor <a@example.org>\n", true)).isEqualTo(
                "f: add b\n\nWhy.\n\nSigned-off-by: A U Thor <a@example.org>\n"
                        + "Link: https://patch.msgid.link/20261125.abc@example.org\n"
                        + "Signed-off-by: C Ommitter <c@example.org>\n");
    }

    @Test
    void linkStartsATrailerBlockWhenThereIsNone() throws Exception {
        assertThat(message("Why.\n", false)).isEqualTo(
                "f: add b\n\nWhy.\n\nLink: https://patch.msgid.link/20261125.abc@example.org\n");
    }

    @Test
    void linkAlreadyThereIsNotRepeated() throws Exception {
        String body = "Why.\n\nLink: https://patch.msgid.link/20261125.abc@example.org\nSigned-off-by: A U Thor <a@example.org>\n";
        assertThat(message(body, false)).isEqualTo("f: add b\n\n" + body);
    }
}
