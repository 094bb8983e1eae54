package io.jenkins.plugins.patchworkci.series;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.mail.Message;
import io.jenkins.plugins.patchworkci.mail.Patch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Series assembly on threads made by real {@code git format-patch}, read by real {@code git mailinfo}. */
class SeriesAssemblyTest {

    @TempDir
    Path tmp;

    DeveloperRepo repo;
    RealGitMail git;
    SeriesAssembler assembler;

    @BeforeEach
    void setUp() throws Exception {
        java.nio.file.Files.createDirectories(tmp.resolve("repo"));
        repo = new DeveloperRepo(tmp.resolve("repo"));
        git = new RealGitMail(tmp);
        assembler = new SeriesAssembler(git);
    }

    private void threeCommits() throws Exception {
        repo.commit("net/a.c", "int a;\n", "net: add a", "Adds a.\n\nSigned-off-by: Ada Lovelace <ada@example.org>\n");
        repo.commit("net/b.c", "int b;\n", "net: add b", "Adds b.\n\nSigned-off-by: Ada Lovelace <ada@example.org>\n");
        repo.commit("net/c.c", "int c;\n", "net: add c", "Adds c.\n\nSigned-off-by: Ada Lovelace <ada@example.org>\n");
    }

    /** Gives the mails send-email-like dates, a minute apart, starting at {@code minute}. */
    private static List<Mail> sent(List<Mail> mails, int minute) {
        List<Mail> out = new ArrayList<>();
        for (int i = 0; i < mails.size(); i++) {
            out.add(mails.get(i).with("Date", date(minute + i)));
        }
        return out;
    }

    static String date(int minute) {
        return String.format("Fri, 20 Nov 2026 %02d:%02d:00 +0000", 10 + minute / 60, minute % 60);
    }

    private List<Message> read(List<Mail> mails) {
        return git.read(mails);
    }

    private static List<Integer> numbers(Series s) {
        return s.patches().stream().map(p -> p.prefix().index()).toList();
    }

    @Test
    void shallowThreadWithCoverLetterIsOneCompleteSeries() throws Exception {
        threeCommits();
        List<Mail> mails = sent(repo.formatPatch("s1", "--cover-letter", "--thread=shallow", "base..HEAD"), 0);
        Assembly a = assembler.assemble(read(mails));

        assertThat(a.series()).hasSize(1);
        Series s = a.series().get(0);
        assertThat(s.id().messageId()).isEqualTo(mails.get(0).messageId()).startsWith("cover.");
        assertThat(s.coverLetter()).map(Message::messageId).contains(mails.get(0).messageId());
        assertThat(numbers(s)).containsExactly(1, 2, 3);
        assertThat(s.patches()).extracting(p -> p.message().messageId())
                .containsExactly(mails.get(1).messageId(), mails.get(2).messageId(), mails.get(3).messageId());
        assertThat(s.complete()).isTrue();
        assertThat(s.total()).isEqualTo(3);
        assertThat(s.version()).isEqualTo(1);
        assertThat(s.grouping()).isEqualTo(Grouping.THREAD);
        assertThat(s.subject()).isEqualTo("*** SUBJECT HERE ***");
        assertThat(s.author().email()).isEqualTo("ada@example.org");
        assertThat(s.notes()).isEmpty();
        assertThat(a.notes()).isEmpty();
    }

    @Test
    void deepThreadGivesTheSameSeriesAsShallow() throws Exception {
        threeCommits();
        List<Mail> mails = sent(repo.formatPatch("d1", "--cover-letter", "--thread=deep", "-v", "3", "base..HEAD"), 0);
        // deep: each patch replies to the previous one, not to the cover letter
        assertThat(mails.get(3).header("In-Reply-To")).contains(mails.get(2).messageId());
        Series s = assembler.assemble(read(mails)).series().get(0);
        assertThat(numbers(s)).containsExactly(1, 2, 3);
        assertThat(s.version()).isEqualTo(3);
        assertThat(s.complete()).isTrue();
        assertThat(s.id().messageId()).isEqualTo(mails.get(0).messageId());
    }

    @Test
    void deepThreadWithoutCoverLetterIsAnchoredAtThePatchOne() throws Exception {
        threeCommits();
        List<Mail> mails = sent(repo.formatPatch("d2", "--thread=deep", "base..HEAD"), 0);
        Assembly a = assembler.assemble(read(mails));
        assertThat(a.series()).hasSize(1);
        Series s = a.series().get(0);
        assertThat(s.coverLetter()).isEmpty();
        assertThat(s.id().messageId()).isEqualTo(mails.get(0).messageId());
        assertThat(s.subject()).isEqualTo("net: add a");
        assertThat(s.complete()).isTrue();
    }

    @Test
    void missingPatchIsNamedAndTheSeriesIsIncomplete() throws Exception {
        threeCommits();
        List<Mail> mails = sent(repo.formatPatch("m1", "--cover-letter", "--thread=shallow", "base..HEAD"), 0);
        mails.remove(2); // patch 2/3 never arrived
        Series s = assembler.assemble(read(mails)).series().get(0);
        assertThat(numbers(s)).containsExactly(1, 3);
        assertThat(s.missing()).containsExactly(2);
        assertThat(s.complete()).isFalse();
    }

    @Test
    void missingCoverLetterStillGroupsTheShallowPatches() throws Exception {
        threeCommits();
        List<Mail> mails = sent(repo.formatPatch("m2", "--cover-letter", "--thread=shallow", "base..HEAD"), 0);
        Mail cover = mails.remove(0);
        Assembly a = assembler.assemble(read(mails));
        assertThat(a.series()).hasSize(1);
        Series s = a.series().get(0);
        assertThat(s.coverLetter()).isEmpty();
        assertThat(numbers(s)).containsExactly(1, 2, 3);
        assertThat(s.id().messageId()).isEqualTo(mails.get(0).messageId());
        assertThat(s.notes()).extracting(Note::kind).containsOnly(Note.Kind.MISSING_PARENT);
        assertThat(s.notes()).allSatisfy(n -> assertThat(n.text()).contains(cover.messageId()));
    }

    @Test
    void deliveryOrderDoesNotMatter() throws Exception {
        threeCommits();
        List<Mail> mails = sent(repo.formatPatch("o1", "--cover-letter", "--thread=deep", "base..HEAD"), 0);
        mails.add(Mail.reply(mails.get(2), "r1@example.net", "Bob <bob@example.net>", date(30),
                "Reviewed-by: Bob <bob@example.net>"));
        List<Message> messages = read(mails);
        Assembly inOrder = assembler.assemble(messages);
        List<Message> reversed = new ArrayList<>(messages);
        Collections.reverse(reversed);
        List<Message> shuffled = new ArrayList<>(messages);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(assembler.assemble(reversed)).isEqualTo(inOrder);
        assertThat(assembler.assemble(shuffled)).isEqualTo(inOrder);
        assertThat(inOrder.series().get(0).replies()).hasSize(1);
    }

    @Test
    void sameMessageIdDeliveredTwiceCountsOnce() throws Exception {
        threeCommits();
        List<Mail> mails = sent(repo.formatPatch("dup", "--cover-letter", "--thread=shallow", "base..HEAD"), 0);
        List<Message> messages = read(mails);
        List<Message> twice = new ArrayList<>(messages);
        twice.add(messages.get(2));
        twice.add(messages.get(0));
        Assembly a = assembler.assemble(twice);
        assertThat(a.series()).hasSize(1);
        assertThat(numbers(a.series().get(0))).containsExactly(1, 2, 3);
        assertThat(a.series().get(0).displaced()).isEmpty();
        assertThat(a.notes()).extracting(Note::kind, Note::messageId).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Note.Kind.DUPLICATE_MESSAGE_ID, mails.get(0).messageId()),
                org.assertj.core.groups.Tuple.tuple(Note.Kind.DUPLICATE_MESSAGE_ID, mails.get(2).messageId()));
    }

    @Test
    void patchResentWithNewMessageIdKeepsTheNewestAndSaysSo() throws Exception {
        threeCommits();
        List<Mail> mails = sent(repo.formatPatch("rs", "--cover-letter", "--thread=shallow", "base..HEAD"), 0);
        Mail again = mails.get(2).with("Message-Id", "<resent-2@example.org>").with("Date", date(45));
        mails.add(again);
        Series s = assembler.assemble(read(mails)).series().get(0);
        assertThat(s.patch(2)).map(p -> p.message().messageId()).contains("resent-2@example.org");
        assertThat(s.displaced()).extracting(Message::messageId).containsExactly(mails.get(2).messageId());
        assertThat(s.notes()).extracting(Note::kind, Note::messageId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Note.Kind.RESENT, mails.get(2).messageId()));
        assertThat(s.complete()).isTrue();
    }

    @Test
    void twoDifferentPatchesClaimingOneNumberAreNoted() throws Exception {
        threeCommits();
        List<Mail> mails = sent(repo.formatPatch("cf", "--cover-letter", "--thread=shallow", "base..HEAD"), 0);
        // patch 3 claims to be 2/3 as well
        Mail wrong = mails.get(3).with("Subject", "[PATCH 2/3] net: add c");
        mails.set(3, wrong);
        Series s = assembler.assemble(read(mails)).series().get(0);
        assertThat(s.patch(2)).map(p -> p.message().messageId()).contains(wrong.messageId());
        assertThat(s.missing()).containsExactly(3);
        assertThat(s.notes()).extracting(Note::kind).containsExactly(Note.Kind.CONFLICTING_INDEX);
        assertThat(s.displaced()).extracting(Message::messageId).containsExactly(mails.get(2).messageId());
    }

    @Test
    void lonePatchIsASeriesOfOne() throws Exception {
        threeCommits();
        List<Mail> mails = sent(repo.formatPatch("lone", "-1", "HEAD"), 0);
        assertThat(mails.get(0).subject()).isEqualTo("[PATCH] net: add c");
        Assembly a = assembler.assemble(read(mails));
        Series s = a.series().get(0);
        assertThat(s.grouping()).isEqualTo(Grouping.SINGLE);
        assertThat(s.total()).isEqualTo(1);
        assertThat(s.complete()).isTrue();
        assertThat(s.patch(1)).isPresent();
        assertThat(s.id().messageId()).isEqualTo(mails.get(0).messageId());
    }

    @Test
    void unthreadedPatchesAreGroupedBySenderVersionAndTotalWithinTheWindow() throws Exception {
        threeCommits();
        List<Mail> first = sent(repo.formatPatch("nt1", "--no-thread", "-v", "2", "base..HEAD"), 0);
        // the same author's other v2 3-patch series an hour later: a separate series
        repo.commit("net/d.c", "int d;\n", "net: add d", "Adds d.\n");
        repo.commit("net/e.c", "int e;\n", "net: add e", "Adds e.\n");
        repo.commit("net/f.c", "int f;\n", "net: add f", "Adds f.\n");
        List<Mail> second = sent(repo.formatPatch("nt2", "--no-thread", "-v", "2", "HEAD~3..HEAD"), 60);
        List<Mail> all = new ArrayList<>(first);
        all.addAll(second);
        assertThat(first.get(0).header("In-Reply-To")).isNull();
        Assembly a = assembler.assemble(read(all));
        assertThat(a.series()).hasSize(2);
        assertThat(a.series()).allSatisfy(s -> {
            assertThat(s.grouping()).isEqualTo(Grouping.TIME_WINDOW);
            assertThat(s.complete()).isTrue();
            assertThat(s.version()).isEqualTo(2);
            assertThat(s.notes()).extracting(Note::kind).containsOnly(Note.Kind.GROUPED_BY_TIME_WINDOW);
        });
        assertThat(a.series().get(0).subject()).isEqualTo("net: add a");
        assertThat(a.series().get(1).subject()).isEqualTo("net: add d");
        // a narrower window than the spacing splits the series
        Assembly narrow = new SeriesAssembler(git).setTimeWindow(java.time.Duration.ofSeconds(30)).assemble(read(first));
        assertThat(narrow.series()).hasSize(3).allSatisfy(s -> assertThat(s.grouping()).isEqualTo(Grouping.SINGLE));
    }

    @Test
    void v2PostedInReplyToV1CoverIsASeparateSeries() throws Exception {
        threeCommits();
        List<Mail> v1 = sent(repo.formatPatch("v1", "--cover-letter", "--thread=shallow", "base..HEAD"), 0);
        List<Mail> v2 = sent(repo.formatPatch("v2", "--cover-letter", "--thread=shallow", "-v", "2",
                "--in-reply-to=" + v1.get(0).messageId(), "base..HEAD"), 120);
        assertThat(v2.get(0).header("In-Reply-To")).contains(v1.get(0).messageId());
        List<Mail> all = new ArrayList<>(v1);
        all.addAll(v2);
        Assembly a = assembler.assemble(read(all));
        assertThat(a.series()).hasSize(2);
        assertThat(a.series()).extracting(Series::version).containsExactly(1, 2);
        assertThat(a.series().get(1).id().messageId()).isEqualTo(v2.get(0).messageId());
        assertThat(a.series()).allSatisfy(s -> assertThat(s.complete()).isTrue());
        assertThat(a.notes()).isEmpty();
    }

    @Test
    void v2WithoutCoverShallowUnderV1CoverStaysApartFromV1() throws Exception {
        threeCommits();
        List<Mail> v1 = sent(repo.formatPatch("w1", "--cover-letter", "--thread=shallow", "base..HEAD"), 0);
        List<Mail> v2 = sent(repo.formatPatch("w2", "--thread=shallow", "-v", "2",
                "--in-reply-to=" + v1.get(0).messageId(), "base..HEAD"), 120);
        List<Mail> all = new ArrayList<>(v1);
        all.addAll(v2);
        Assembly a = assembler.assemble(read(all));
        assertThat(a.series()).extracting(Series::version).containsExactly(1, 2);
        assertThat(numbers(a.series().get(1))).containsExactly(1, 2, 3);
        assertThat(a.series().get(0).replies()).isEmpty();
    }

    @Test
    void replyQuotingADiffIsAReplyNotAPatch() throws Exception {
        threeCommits();
        List<Mail> mails = sent(repo.formatPatch("q", "--cover-letter", "--thread=shallow", "base..HEAD"), 0);
        mails.add(Mail.reply(mails.get(1), "quote@example.net", "Bob <bob@example.net>", date(20), "Looks wrong to me."));
        // and one without Re: and without a diff, threaded: still a reply
        mails.add(Mail.reply(mails.get(1), "plain@example.net", "Bob <bob@example.net>", date(21), "Also this.")
                .with("Subject", "question about add a"));
        // and a Re: carrying an unquoted diff of its own ("how about this instead"): still a reply
        Mail inline = Mail.reply(mails.get(1), "inline@example.net", "Bob <bob@example.net>", date(22),
                "How about this instead:\n\n" + mails.get(2).body());
        mails.add(inline);
        assertThat(git.patch(git.read(inline))).isPresent(); // it does carry a diff git would apply
        Series s = assembler.assemble(read(mails)).series().get(0);
        assertThat(numbers(s)).containsExactly(1, 2, 3);
        assertThat(s.replies()).extracting(r -> r.message().messageId())
                .containsExactly("quote@example.net", "plain@example.net", "inline@example.net");
        assertThat(s.replies()).allSatisfy(r -> assertThat(r.countsFor()).isEqualTo(mails.get(1).messageId()));
        assertThat(s.notes()).isEmpty();
    }

    @Test
    void pullRequestFromGitRequestPull() throws Exception {
        threeCommits();
        Path bare = tmp.resolve("public.git");
        repo.git("clone", "-q", "--bare", repo.dir.toString(), bare.toString());
        String body = repo.git("request-pull", "base", bare.toUri().toString(), "main");
        String tip = repo.git("rev-parse", "HEAD").trim();
        String baseCommit = repo.git("rev-parse", "base").trim();
        Mail pr = new Mail("From: Ada Lovelace <ada@example.org>\nDate: " + date(0)
                + "\nSubject: [GIT PULL] net: three additions\nMessage-Id: <pull-1@example.org>\n\n" + body);
        Assembly a = assembler.assemble(read(List.of(pr)));
        Series s = a.series().get(0);
        assertThat(s.isPullRequest()).isTrue();
        PullRequest p = s.pullRequest().orElseThrow();
        assertThat(p.repository()).isEqualTo(bare.toUri().toString());
        assertThat(p.ref()).isEqualTo("main");
        assertThat(p.tipCommit()).contains(tip);
        assertThat(p.baseCommit()).contains(baseCommit);
        assertThat(s.patches()).isEmpty();
        assertThat(s.complete()).isTrue();
        assertThat(s.grouping()).isEqualTo(Grouping.SINGLE);
        // the same body with a plain subject is recognised by its request-pull text
        Series plain = assembler.assemble(read(List.of(pr.with("Subject", "please pull net fixes")))).series().get(0);
        assertThat(plain.pullRequest()).contains(p);
    }

    @Test
    void oddThreadsBecomeNotesNeverExceptions() throws Exception {
        threeCommits();
        List<Mail> mails = sent(repo.formatPatch("odd", "--cover-letter", "--thread=shallow", "base..HEAD"), 0);
        String cover = mails.get(0).messageId();
        // a References loop: the cover claims to reply to patch 1, which replies to the cover
        mails.set(0, mails.get(0).with("In-Reply-To", "<" + mails.get(1).messageId() + ">")
                .with("References", "<" + mails.get(1).messageId() + ">"));
        // index beyond total, and a total of 0
        mails.set(3, mails.get(3).with("Subject", "[PATCH 5/3] net: add c"));
        mails.add(Mail.reply(mails.get(0), "zero@example.org", "Ada Lovelace <ada@example.org>", date(9), "x")
                .with("Subject", "[PATCH 1/0] zero").withBody(mails.get(1).body()));
        Assembly a = assembler.assemble(read(mails));
        assertThat(a.notes()).extracting(Note::kind).contains(Note.Kind.REFERENCE_LOOP, Note.Kind.INDEX_BEYOND_TOTAL);
        Series s = a.series(new SeriesId(cover)).orElseThrow();
        assertThat(s.total()).isEqualTo(5);
        assertThat(s.missing()).containsExactly(3, 4);
        assertThat(a.notes()).filteredOn(n -> n.kind() == Note.Kind.ZERO_TOTAL)
                .extracting(Note::messageId).contains("zero@example.org");
    }

    @Test
    void aParserFailureOnOneMessageIsNotedAndTheRestAssembled() throws Exception {
        threeCommits();
        List<Mail> mails = sent(repo.formatPatch("pf", "--cover-letter", "--thread=shallow", "base..HEAD"), 0);
        String broken = mails.get(2).messageId();
        MessageParsers failing = new MessageParsers() {
            @Override
            public io.jenkins.plugins.patchworkci.mail.SubjectPrefix subjectPrefix(String subject) {
                return git.subjectPrefix(subject);
            }

            @Override
            public java.util.Optional<Patch> patch(Message message) {
                if (message.messageId().equals(broken)) {
                    throw new IllegalStateException("simulated parser bug");
                }
                return git.patch(message);
            }

            @Override
            public List<String> touchedPaths(Patch patch) {
                return git.touchedPaths(patch);
            }
        };
        Assembly a = new SeriesAssembler(failing).assemble(read(mails));
        Series s = a.series().get(0);
        assertThat(numbers(s)).containsExactly(1, 3);
        assertThat(s.missing()).containsExactly(2);
        assertThat(s.replies()).isEmpty(); // its Signed-off-by is not taken as a review of the cover letter
        assertThat(a.unrelated()).extracting(Message::messageId).containsExactly(broken);
        assertThat(a.notes()).filteredOn(n -> n.kind() == Note.Kind.PARSER_FAILED).singleElement()
                .satisfies(n -> {
                    assertThat(n.messageId()).isEqualTo(broken);
                    assertThat(n.text()).contains("simulated parser bug");
                });
    }

    @Test
    void mixedTotalsInOneThreadAreNoted() throws Exception {
        threeCommits();
        List<Mail> mails = sent(repo.formatPatch("mx", "--thread=shallow", "base..HEAD"), 0);
        mails.set(1, mails.get(1).with("Subject", "[PATCH 2/4] net: add b"));
        Series s = assembler.assemble(read(mails)).series().get(0);
        assertThat(numbers(s)).containsExactly(1, 2, 3);
        assertThat(s.total()).isEqualTo(3);
        assertThat(s.notes()).extracting(Note::kind, Note::messageId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Note.Kind.MIXED_TOTALS, mails.get(1).messageId()));
    }

    @Test
    void seriesIdShortHashIsTheFirst12HexOfSha256() throws Exception {
        SeriesId id = new SeriesId("cover.1795573206.git.dev@example.org");
        String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(id.messageId().getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 12);
        assertThat(id.shortHash()).isEqualTo(expected).matches("[0-9a-f]{12}");
        assertThat(id).hasToString("<cover.1795573206.git.dev@example.org>");
        // independent check with the sha256sum tool
        Path f = tmp.resolve("id");
        java.nio.file.Files.writeString(f, id.messageId());
        Process sha256sum = new ProcessBuilder("sha256sum", f.toString()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String sum = new String(sha256sum.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(sha256sum.waitFor()).as("sha256sum's exit status").isZero();
        assertThat(id.shortHash()).isEqualTo(sum.substring(0, 12));
    }

    static Patch first(Series s) {
        return s.patches().get(0);
    }
}
