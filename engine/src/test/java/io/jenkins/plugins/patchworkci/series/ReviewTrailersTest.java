package io.jenkins.plugins.patchworkci.series;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.mail.Patch;
import io.jenkins.plugins.patchworkci.mail.Trailer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review trailers collected from replies, and the am-ready commit message, on a thread made by
 * real git; the commit message is checked against {@code git interpret-trailers}.
 */
class ReviewTrailersTest {

    @TempDir
    Path tmp;

    List<Mail> mails;
    Series series;
    Assembly assembly;

    @BeforeEach
    void thread() throws Exception {
        mails = reviewThread(tmp);
        RealGitMail git = new RealGitMail(tmp);
        assembly = new SeriesAssembler(git).assemble(git.read(mails));
        assertThat(assembly.series()).hasSize(1);
        series = assembly.series().get(0);
    }

    /**
     * A cover letter and three patches (real git format-patch, shallow), and replies: Bob reviews
     * patch 2 (his reply quotes the patch, with its Signed-off-by, and a quoted Acked-by: neither
     * counts); Dave answers Bob (nested, counts for patch 2); Carol acks the cover letter and patch 1
     * (deduplicated); Eve writes Frank's Reviewed-by on patch 3 (mismatched sender) and a Fixes.
     */
    static List<Mail> reviewThread(Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("repo"));
        DeveloperRepo repo = new DeveloperRepo(tmp.resolve("repo"));
        repo.commit("a.c", "int a;\n", "net: add a", "Adds a.\n\nSigned-off-by: Ada Lovelace <ada@example.org>\n");
        repo.commit("b.c", "int b;\n", "net: add b",
                "Adds b.\n\nReported-by: Rita <rita@example.com>\nSigned-off-by: Ada Lovelace <ada@example.org>\n");
        repo.commit("c.c", "int c;\n", "net: add c", "Adds c, no trailers at all.\n");
        List<Mail> mails = new ArrayList<>();
        List<Mail> sent = repo.formatPatch("t", "--cover-letter", "--thread=shallow", "base..HEAD");
        for (int i = 0; i < sent.size(); i++) {
            mails.add(sent.get(i).with("Date", SeriesAssemblyTest.date(i)));
        }
        Mail cover = mails.get(0);
        mails.set(0, cover.with("Subject", "[PATCH 0/3] net: three additions")
                .withBody(cover.body().replace("*** BLURB HERE ***", "Three small additions.")));
        cover = mails.get(0);
        Mail p1 = mails.get(1);
        Mail p2 = mails.get(2);
        Mail p3 = mails.get(3);
        Mail bob = Mail.reply(p2, "bob-1@example.net", "Bob Example <bob@example.net>", SeriesAssemblyTest.date(20),
                "> Acked-by: Mallory <mallory@example.com>\n\nReviewed-by: Bob Example <bob@example.net>");
        Mail dave = Mail.reply(bob, "dave-1@example.com", "Dave <dave@example.com>", SeriesAssemblyTest.date(25),
                "Tested-by: Dave <dave@example.com>");
        Mail carol = Mail.reply(cover, "carol-1@example.com", "Carol <carol@example.com>", SeriesAssemblyTest.date(30),
                "For the series:\n\nAcked-by: Carol <carol@example.com>");
        Mail carolOnP1 = Mail.reply(p1, "carol-2@example.com", "Carol <carol+lists@example.com>", SeriesAssemblyTest.date(29),
                "Acked-by: Carol <carol@example.com>");
        Mail eve = Mail.reply(p3, "eve-1@example.com", "Eve <eve@example.com>", SeriesAssemblyTest.date(31),
                "Reviewed-by: Frank <frank@example.com>\nFixes: 0123456789ab (\"net: the bug\")");
        mails.addAll(List.of(bob, dave, carol, carolOnP1, eve));
        return mails;
    }

    private Patch patch(int n) {
        return series.patch(n).orElseThrow();
    }

    @Test
    void trailersFromRepliesGoToThePatchTheyAreUnderAndFromTheCoverToAll() {
        assertThat(series.reviewTrailers(patch(2))).extracting(r -> r.trailer().toString()).containsExactly(
                "Reviewed-by: Bob Example <bob@example.net>",
                "Tested-by: Dave <dave@example.com>",
                "Acked-by: Carol <carol@example.com>");
        assertThat(series.reviewTrailers(patch(1))).extracting(r -> r.trailer().toString()).containsExactly(
                "Acked-by: Carol <carol@example.com>", "Acked-by: Carol <carol@example.com>");
        assertThat(series.replies()).extracting(Reply::countsFor).containsExactly(
                mails.get(2).messageId(), mails.get(2).messageId(), mails.get(1).messageId(),
                mails.get(0).messageId(), mails.get(3).messageId());
    }

    @Test
    void mismatchedSenderIsKeptMarkedAndNoted() {
        List<ReviewTrailer> onP3 = series.reviewTrailers(patch(3));
        assertThat(onP3).filteredOn(r -> r.trailer().is("Reviewed-by")).singleElement().satisfies(r -> {
            assertThat(r.senderMatches()).isFalse();
            assertThat(r.sender().email()).isEqualTo("eve@example.com");
            assertThat(r.replyId()).isEqualTo("eve-1@example.com");
        });
        assertThat(series.notes()).extracting(Note::kind, Note::messageId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Note.Kind.TRAILER_SENDER_MISMATCH, "eve-1@example.com"));
        assertThat(new AmReadyMessage().addedTrailers(series, patch(3))).extracting(Trailer::toString).containsExactly(
                "Fixes: 0123456789ab (\"net: the bug\")", "Acked-by: Carol <carol@example.com>");
        assertThat(new AmReadyMessage().setIncludeMismatched(true).addedTrailers(series, patch(3)))
                .extracting(Trailer::token).containsExactly("Reviewed-by", "Fixes", "Acked-by");
    }

    @Test
    void amReadyMessageEqualsGitInterpretTrailers() throws Exception {
        AmReadyMessage am = new AmReadyMessage().setLinkPattern(AmReadyMessage.DEFAULT_LINK_PATTERN);
        for (Patch p : series.patches()) {
            List<String> cmd = new ArrayList<>(List.of("interpret-trailers", "--if-exists", "addIfDifferent"));
            for (Trailer t : am.addedTrailers(series, p)) {
                cmd.add("--trailer");
                cmd.add(t.toString());
            }
            String original = p.info().subject() + "\n\n" + p.info().message();
            String expected = DeveloperRepo.git(tmp, original.getBytes(StandardCharsets.UTF_8),
                    cmd.toArray(String[]::new));
            assertThat(am.commitMessage(series, p)).as(p.info().subject()).isEqualTo(expected);
        }
        assertThat(am.commitMessage(series, patch(2))).isEqualTo("""
                net: add b

                Adds b.

                Reported-by: Rita <rita@example.com>
                Signed-off-by: Ada Lovelace <ada@example.org>
                Reviewed-by: Bob Example <bob@example.net>
                Tested-by: Dave <dave@example.com>
                Acked-by: Carol <carol@example.com>
                Link: https://patch.msgid.link/%s
                """.formatted(mails.get(2).messageId()));
    }

    @Test
    void aTrailerAlreadyOnThePatchIsNotAddedAgain() {
        // Rita's Reported-by is on patch 2 already; a reply repeating it adds nothing.
        Trailer rita = new Trailer("reported-by", "RITA <rita@example.com>");
        assertThat(AmReadyMessage.same(rita, patch(2).trailers().get(0))).isTrue();
        assertThat(AmReadyMessage.same(new Trailer("Link", "https://lore.kernel.org/r/x@y.z"),
                new Trailer("Link", "https://patch.msgid.link/x@y.z"))).isTrue();
        assertThat(AmReadyMessage.same(new Trailer("Link", "https://lore.kernel.org/r/x@y.z"),
                new Trailer("Link", "https://patch.msgid.link/other@y.z"))).isFalse();
    }
}
