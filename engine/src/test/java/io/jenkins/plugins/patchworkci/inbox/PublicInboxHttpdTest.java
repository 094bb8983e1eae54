package io.jenkins.plugins.patchworkci.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.patchworkci.http.CountingTransport;
import io.jenkins.plugins.patchworkci.http.HttpRequest;
import io.jenkins.plugins.patchworkci.http.HttpSettings;
import io.jenkins.plugins.patchworkci.http.HttpStatusException;
import io.jenkins.plugins.patchworkci.http.JdkHttpTransport;
import io.jenkins.plugins.patchworkci.http.RetryPolicy;
import io.jenkins.plugins.patchworkci.http.RetryingTransport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public-inbox client and source against a real {@code public-inbox-httpd} serving V2 inboxes fed
 * with {@code git format-patch} mails through {@code public-inbox-mda}.
 */
class PublicInboxHttpdTest {

    private static final Instant T = Instant.parse("2026-11-25T01:00:00Z");

    @TempDir
    static Path dir;

    private static PublicInboxServer server;
    private static List<byte[]> fixed;
    private static CountingTransport counter;
    private static PublicInboxClient client;

    @BeforeAll
    static void startServer() throws Exception {
        PublicInboxServer.assumeInstalled();
        server = new PublicInboxServer(dir);
        server.init("fetch");
        server.init("poll");
        server.init("gaps");
        server.init("rt");
        for (String[] m : RECEIVED_FORMS) {
            server.deliver("rt", receivedForm(m[0], m[1]));
        }
        fixed = new ArrayList<>();
        for (byte[] m : FormatPatchMails.series(dir, "fixed", 3, PublicInboxServer.address("fetch"))) {
            byte[] stamped = FormatPatchMails.received(m, T);
            fixed.add(stamped);
            server.deliver("fetch", stamped);
        }
        server.start();
        counter = new CountingTransport(new JdkHttpTransport(HttpSettings.defaults()));
        client = new PublicInboxClient(server.base(), new RetryingTransport(counter, RetryPolicy.none()));
    }

    /**
     * Header blocks whose received time public-inbox and {@link MessageHeaders} must read alike: the
     * first Received with a date wins, a Received without one is passed over, Date is the fallback,
     * zones are applied, folded headers are unfolded.
     */
    private static final String[][] RECEIVED_FORMS = {
        {"plain", "Received: from a by b with ESMTP id 1; Wed, 25 Nov 2026 01:10:00 +0000\n"},
        {"no-day-name", "Received: from a by b; 25 Nov 2026 01:10:01 +0000\n"},
        {"zone", "Received: from a by b; Tue, 24 Nov 2026 17:10:02 -0800 (PST)\n"},
        {"folded", "Received: from a.example.org (a.example.org [192.0.2.1])\n\tby b.example.org with ESMTPS id 2\n"
                + "\tfor <rt@lists.example.org>; Wed, 25 Nov 2026 01:10:03 +0000\n"},
        {"first-wins", "Received: by b; Wed, 25 Nov 2026 01:10:04 +0000\nReceived: by a; Wed, 25 Nov 2026 00:00:00 +0000\n"},
        {"skips-dateless", "Received: from a by b with local (Exim)\nReceived: by a; Wed, 25 Nov 2026 01:10:05 +0100\n"},
        {"single-digit-day", "Received: by b; Sun, 1 Nov 2026 01:10:06 +0000\n"},
        {"date-only", ""},
    };

    private static byte[] receivedForm(String name, String received) {
        return (received + "Message-ID: <rt-" + name + "@example.org>\nFrom: Jane Dev <jane@example.org>\n"
                + "To: rt@lists.example.org\nSubject: rt " + name + "\nDate: Wed, 25 Nov 2026 03:10:07 +0200\n\nbody\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void receivedTimesAreReadAsPublicInboxReadsThem() throws Exception {
        for (String[] m : RECEIVED_FORMS) {
            Instant ours = MessageHeaders.of(receivedForm(m[0], m[1])).receivedAt();
            assertThat(ours).as(m[0]).isNotNull();
            long t = ours.getEpochSecond();
            // rt:X..X is public-inbox's own reading of the message's received time, to the second
            assertThat(messageIds(client.search("rt", "rt:" + t + ".." + t))).as(m[0] + " at " + ours)
                    .contains("rt-" + m[0] + "@example.org");
        }
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static List<String> messageIds(byte[] mbox) {
        return MboxrdMessages.split(mbox).stream().map(c -> MessageHeaders.of(MboxrdMessages.unquote(c)).messageId())
                .toList();
    }

    @Test
    void oneMessageRawIsTheDeliveredMessageByteForByte() throws Exception {
        byte[] patch2 = fixed.get(2);
        byte[] raw = client.raw("fetch", "<" + FormatPatchMails.messageId(patch2) + ">");

        assertThat(new String(raw, StandardCharsets.UTF_8)).startsWith("From mboxrd@z ");
        assertThat(MboxrdMessages.split(raw)).hasSize(1);
        // mboxrd unquoting gives back exactly what the MTA delivered, ">From" quoting of the body undone,
        // plus the List-Id header public-inbox-mda adds to a message that has none
        String delivered = new String(patch2, StandardCharsets.UTF_8);
        int body = delivered.indexOf("\n\n") + 1;
        String expected = delivered.substring(0, body) + "List-Id: <fetch.lists.example.org>\n"
                + delivered.substring(body);
        assertThat(new String(MboxrdMessages.unquote(raw), StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(new String(raw, StandardCharsets.UTF_8)).contains("\n>From the body");
    }

    @Test
    void aWholeThreadByMessageIdAndByUrl() throws Exception {
        List<String> all = fixed.stream().map(FormatPatchMails::messageId).toList();
        String cover = all.get(0);

        byte[] byId = client.thread("fetch", all.get(2));
        assertThat(messageIds(byId)).containsExactlyInAnyOrderElementsOf(all);

        LoreLink link = LoreLink.parse(server.base() + "fetch/" + LoreLink.escape(cover) + "/T/#t");
        assertThat(link.list()).isEqualTo("fetch");
        assertThat(link.messageId()).isEqualTo(cover);
        assertThat(messageIds(client.thread(link))).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void unknownMessagesAndInboxesAreNamedInTheError() {
        assertThatThrownBy(() -> client.raw("fetch", "no-such-message@example.org"))
                .isInstanceOf(HttpStatusException.class).hasMessageContaining("no-such-message@example.org")
                .hasMessageContaining("404");
        assertThatThrownBy(() -> client.search("nosuchlist", "rt:100000.."))
                .isInstanceOf(HttpStatusException.class).hasMessageContaining("nosuchlist");
    }

    @Test
    void searchNeedsAPostAGetAnswersHtml() throws Exception {
        JdkHttpTransport plain = new JdkHttpTransport(HttpSettings.defaults());
        var get = plain.send(HttpRequest.get(server.base().resolve("fetch/?q=rt:100000..&x=m")));
        assertThat(get.header("Content-Type")).startsWith("text/html");

        byte[] mbox = client.search("fetch", "rt:" + T.getEpochSecond() + "..");
        assertThat(messageIds(mbox)).hasSize(4);
        assertThat(client.search("fetch", "rt:" + T.plusSeconds(1).getEpochSecond() + "..")).isEmpty();
    }

    @Test
    void pollingByReceivedTimeLosesNothingAndRepeatsNothing() throws Exception {
        List<byte[]> a = FormatPatchMails.series(dir, "alpha", 2, PublicInboxServer.address("poll"));
        List<byte[]> b = FormatPatchMails.series(dir, "beta", 1, PublicInboxServer.address("poll"));
        PublicInboxSource source = new PublicInboxSource(client, PublicInboxSettings.of("poll")
                .withOverlap(Duration.ofMinutes(10)), Clock.fixed(T, ZoneOffset.UTC));
        PublicInboxCursor start = new PublicInboxCursor(T.minusSeconds(60).getEpochSecond(), List.of());

        // alpha's cover letter and patch 1 arrive in the same second, patch 2 one second later
        server.deliver("poll", FormatPatchMails.received(a.get(0), T));
        server.deliver("poll", FormatPatchMails.received(a.get(1), T));
        server.refresh();
        counter.reset();
        Poll<PublicInboxCursor> one = source.poll(start);
        assertThat(counter.requests()).isEqualTo(1);
        assertThat(one.arrivals()).extracting(Arrival::key)
                .containsExactlyInAnyOrder(FormatPatchMails.messageId(a.get(0)), FormatPatchMails.messageId(a.get(1)));
        assertThat(one.cursor().receivedAt()).isEqualTo(T.getEpochSecond());

        // more in that same second, a later one, and one indexed late with an earlier received time
        server.deliver("poll", FormatPatchMails.received(a.get(2), T));
        server.deliver("poll", FormatPatchMails.received(b.get(0), T.plusSeconds(1)));
        server.deliver("poll", FormatPatchMails.received(b.get(1), T.minusSeconds(120)));
        server.refresh();
        // the cursor goes through JSON, as across a restart
        PublicInboxCursor restored = CursorJson.read(CursorJson.write(one.cursor()), PublicInboxCursor.class);
        Poll<PublicInboxCursor> two = source.poll(restored);
        assertThat(two.arrivals()).extracting(Arrival::key).containsExactly(
                FormatPatchMails.messageId(b.get(1)), FormatPatchMails.messageId(a.get(2)),
                FormatPatchMails.messageId(b.get(0)));
        assertThat(two.arrivals()).allSatisfy(x -> assertThat(x.format()).isEqualTo(MailFormat.MBOXRD));

        Poll<PublicInboxCursor> three = source.poll(two.cursor());
        assertThat(three.arrivals()).isEmpty();
        assertThat(three.cursor()).isEqualTo(two.cursor());
    }

    @Test
    void theAtomFeedStartsTheCursorAndCatchesWhatTheSearchIndexDoesNotShowYet() throws Exception {
        List<byte[]> g = FormatPatchMails.series(dir, "gamma", 2, PublicInboxServer.address("gaps"));
        server.deliver("gaps", FormatPatchMails.received(g.get(0), T));
        server.deliver("gaps", FormatPatchMails.received(g.get(1), T.plusSeconds(5)));

        List<AtomEntry> feed = client.atom("gaps");
        assertThat(feed).extracting(AtomEntry::messageId).containsExactlyInAnyOrder(
                FormatPatchMails.messageId(g.get(0)), FormatPatchMails.messageId(g.get(1)));
        assertThat(feed).extracting(AtomEntry::updated).contains(T, T.plusSeconds(5));

        PublicInboxSource source = new PublicInboxSource(client, PublicInboxSettings.of("gaps").withAtomGapCheck(true),
                Clock.fixed(T, ZoneOffset.UTC));
        PublicInboxCursor c = source.initialCursor();
        assertThat(c.receivedAt()).isEqualTo(T.plusSeconds(5).getEpochSecond());
        Poll<PublicInboxCursor> first = source.poll(c);
        assertThat(first.arrivals()).as("what the feed held at the start is not new").isEmpty();

        // the httpd now has the search index open: a new delivery is in the feed (sqlite) before the search
        server.deliver("gaps", FormatPatchMails.received(g.get(2), T.plusSeconds(9)));
        counter.reset();
        Poll<PublicInboxCursor> second = source.poll(first.cursor());
        assertThat(second.arrivals()).extracting(Arrival::key).containsExactly(FormatPatchMails.messageId(g.get(2)));
        assertThat(counter.requests()).as("search, feed, and the missed message on its own").isEqualTo(3);

        server.refresh();
        assertThat(source.poll(second.cursor()).arrivals()).as("found by search now, but already seen").isEmpty();
    }
}
