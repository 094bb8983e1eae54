package io.jenkins.plugins.patchworkci.patchwork;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.inbox.Arrival;
import io.jenkins.plugins.patchworkci.inbox.CursorJson;
import io.jenkins.plugins.patchworkci.inbox.Poll;
import io.jenkins.plugins.patchworkci.testsupport.SettableClock;
import io.jenkins.plugins.patchworkci.testsupport.StubbedPatchwork;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Polling a Patchwork project: what arrives, what it costs, and the cursor across polls and restarts. */
class PatchworkSourcePollTest {

    private static final Instant T0 = Instant.parse("2026-11-25T00:40:10Z");

    @RegisterExtension
    static final StubbedPatchwork pw = new StubbedPatchwork();
    private static final PatchworkTestClients clients = new PatchworkTestClients(pw.base());
    private SettableClock clock;

    @BeforeEach
    void start() throws Exception {
        pw.basics();
        pw.seriesAndMboxes();
        clock = new SettableClock(Instant.parse("2026-11-25T00:41:00Z"));
    }

    private PatchworkSource source(PatchworkSourceSettings settings) {
        return new PatchworkSource(clients.client(null), settings, clock);
    }

    @Test
    void aPollCostsThreeRequestsPlusTwoPerNewSeries() throws Exception {
        pw.serveEventsSince(T0, pw.eventsSince(T0));
        PatchworkSource source = source(PatchworkSourceSettings.of("netdevbpf").withOverlap(Duration.ZERO));

        Poll<PatchworkCursor> poll = source.poll(new PatchworkCursor(T0, List.of(), List.of()));

        assertThat(poll.arrivals()).extracting(Arrival::key).containsExactly("series/4", "series/5", "series/6");
        assertThat(clients.counter.requests()).isLessThanOrEqualTo(3 + 2 * 3);
        Arrival six = poll.arrivals().get(2);
        assertThat(six.mail()).isEqualTo(pw.recorded("series-6.mbox").getBytes(StandardCharsets.UTF_8));
        assertThat(six.complete()).isTrue();
        assertThat(six.metadata()).containsEntry("patchwork.series.version", "2")
                .containsEntry("patchwork.patch.ids", "9,10,11")
                .containsEntry("patchwork.cover.msgid", "cover.1795567226.git.jane@example.org");
        assertThat(poll.cursor().since()).isEqualTo(Instant.parse("2026-11-25T00:40:49.502706Z"));

        // nothing new: one request, nothing delivered twice
        clients.counter.reset();
        pw.serveEventsSince(poll.cursor().since(), pw.eventsSince(poll.cursor().since()));
        Poll<PatchworkCursor> again = source.poll(poll.cursor());
        assertThat(again.arrivals()).isEmpty();
        assertThat(clients.counter.requests()).isEqualTo(1);
    }

    @Test
    void theOverlapRereadsRecentEventsButDeliversEachSeriesOnce() throws Exception {
        Duration overlap = Duration.ofMinutes(5);
        PatchworkSource source = source(PatchworkSourceSettings.of("netdevbpf").withOverlap(overlap));
        Instant first = T0.minus(overlap);
        // first poll sees the events up to series 4 only (5 and 6 not yet committed)
        List<com.fasterxml.jackson.databind.JsonNode> all = pw.eventsSince(first);
        pw.serveEventsSince(first, all.subList(0, all.size() - 2));
        Poll<PatchworkCursor> one = source.poll(new PatchworkCursor(T0, List.of(), List.of()));
        assertThat(one.arrivals()).extracting(Arrival::key).containsExactly("series/1", "series/2", "series/3",
                "series/4");

        // second poll: all events within the overlap come back; only 5 and 6 are new
        Instant second = one.cursor().since().minus(overlap);
        pw.serveEventsSince(second, pw.eventsSince(second));
        Poll<PatchworkCursor> two = source.poll(one.cursor());
        assertThat(two.arrivals()).extracting(Arrival::key).containsExactly("series/5", "series/6");
    }

    @Test
    void anIncompleteSeriesIsHeldUntilComplete() throws Exception {
        pw.recordedJson("/api/1.3/series/6/", "series-6-incomplete.json");
        Instant from = Instant.parse("2026-11-25T00:40:40Z");
        pw.serveEventsSince(from, pw.eventsSince(from));
        PatchworkSource source = source(PatchworkSourceSettings.of("netdevbpf").withOverlap(Duration.ZERO));

        Poll<PatchworkCursor> one = source.poll(new PatchworkCursor(from, List.of(), List.of()));
        assertThat(one.arrivals()).isEmpty();
        assertThat(one.cursor().held()).extracting(PatchworkCursor.HeldSeries::id).containsExactly(6L);

        pw.recordedJson("/api/1.3/series/6/", "series-6-complete.json");
        pw.serveEventsSince(one.cursor().since(), pw.eventsSince(one.cursor().since()));
        Poll<PatchworkCursor> two = source.poll(one.cursor());
        assertThat(two.arrivals()).extracting(Arrival::key).containsExactly("series/6");
        assertThat(two.arrivals().get(0).complete()).isTrue();
        assertThat(two.cursor().held()).isEmpty();
    }

    @Test
    void anIncompleteSeriesIsDeliveredMarkedIncompleteAfterTheHoldTimeout() throws Exception {
        pw.recordedJson("/api/1.3/series/6/", "series-6-incomplete.json");
        Instant from = Instant.parse("2026-11-25T00:40:40Z");
        pw.serveEventsSince(from, pw.eventsSince(from));
        PatchworkSource source = source(PatchworkSourceSettings.of("netdevbpf").withOverlap(Duration.ZERO)
                .withHoldTimeout(Duration.ofHours(1)));
        Poll<PatchworkCursor> one = source.poll(new PatchworkCursor(from, List.of(), List.of()));
        pw.serveEventsSince(one.cursor().since(), pw.eventsSince(one.cursor().since()));

        clock.advance(Duration.ofMinutes(59));
        assertThat(source.poll(one.cursor()).arrivals()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        Poll<PatchworkCursor> late = source.poll(one.cursor());
        assertThat(late.arrivals()).singleElement().satisfies(a -> {
            assertThat(a.key()).isEqualTo("series/6");
            assertThat(a.complete()).isFalse();
            assertThat(a.metadata()).containsEntry("patchwork.series.received", "2");
        });
        assertThat(late.cursor().held()).isEmpty();
    }

    @Test
    void theCursorSurvivesARestartAsJson() throws Exception {
        pw.recordedJson("/api/1.3/series/6/", "series-6-incomplete.json");
        Instant from = Instant.parse("2026-11-25T00:40:12Z");
        pw.serveEventsSince(from.minus(Duration.ofMinutes(5)), pw.eventsSince(from.minus(Duration.ofMinutes(5))));
        Poll<PatchworkCursor> one = source(PatchworkSourceSettings.of("netdevbpf"))
                .poll(new PatchworkCursor(from, List.of(), List.of()));
        assertThat(one.arrivals()).extracting(Arrival::key).containsExactly("series/1", "series/2", "series/3",
                "series/4", "series/5");

        String json = CursorJson.write(one.cursor());
        PatchworkCursor restored = CursorJson.read(json, PatchworkCursor.class);
        assertThat(restored).isEqualTo(one.cursor());
        assertThat(json).contains("\"since\":\"2026-11-25T00:40:49.502706Z\"").contains("\"held\":[{\"");

        // a new process: new client, same server; series 6 has completed meanwhile
        pw.recordedJson("/api/1.3/series/6/", "series-6-complete.json");
        Instant next = restored.since().minus(Duration.ofMinutes(5));
        pw.serveEventsSince(next, pw.eventsSince(next));
        Poll<PatchworkCursor> two = source(PatchworkSourceSettings.of("netdevbpf")).poll(restored);
        assertThat(two.arrivals()).extracting(Arrival::key).containsExactly("series/6");
    }

    @Test
    void theInitialCursorStartsAfterTheNewestEventWithoutReadingTheLog() throws Exception {
        pw.stub(get(urlPathEqualTo("/api/1.3/events/")).withQueryParam("per_page", equalTo("1"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(PatchworkJson.MAPPER.valueToTree(List.of(pw.eventsSince(T0).get(2))).toString())));

        PatchworkCursor c = source(PatchworkSourceSettings.of("netdevbpf")).initialCursor();

        assertThat(c.since()).isEqualTo(Instant.parse("2026-11-25T00:40:49.502706Z"));
        assertThat(c.seenEvents()).containsExactly(37L);
        pw.server.verify(getRequestedFor(urlPathEqualTo("/api/1.3/events/"))
                .withQueryParam("category", equalTo("series-completed")).withQueryParam("order", absent()));
    }

    @Test
    void coverLettersCostOneMoreRequestPerSeriesAndComeFirst() throws Exception {
        String cover = "From patchwork Wed Nov 25 00:40:26 2026\nSubject: [PATCH net-next v2 0/3] cover\n\nbase-commit: x\n";
        pw.stub(get(urlPathEqualTo("/project/netdevbpf/cover/cover.1795567226.git.jane@example.org/mbox/"))
                .willReturn(aResponse().withBody(cover)));
        Instant from = Instant.parse("2026-11-25T00:40:40Z");
        pw.serveEventsSince(from, pw.eventsSince(from));
        PatchworkSource source = source(PatchworkSourceSettings.of("netdevbpf").withOverlap(Duration.ZERO)
                .withCoverLetter(true));

        Poll<PatchworkCursor> poll = source.poll(new PatchworkCursor(from, List.of(), List.of()));

        assertThat(new String(poll.arrivals().get(0).mail(), StandardCharsets.UTF_8))
                .isEqualTo(cover + pw.recorded("series-6.mbox"));
        assertThat(clients.counter.requests()).isEqualTo(3 + 3);
    }

    @Test
    void aSeriesThatNeverCompletesIsDeliveredIncompleteWhenWatched() throws Exception {
        // series 6 as if its last patch never came: created (event 29), never completed
        pw.recordedJson("/api/1.3/series/6/", "series-6-incomplete.json");
        Instant from = Instant.parse("2026-11-25T00:40:30Z");
        pw.serveEventsSince("series-created", from, pw.eventsSince("series-created", from));
        pw.serveEventsSince("series-completed", from, List.of());
        PatchworkSource source = source(PatchworkSourceSettings.of("netdevbpf").withOverlap(Duration.ZERO)
                .withHoldTimeout(Duration.ofHours(1)).withWatchIncomplete(true));

        Poll<PatchworkCursor> one = source.poll(new PatchworkCursor(from, List.of(), List.of()));
        assertThat(one.arrivals()).isEmpty();
        assertThat(one.cursor().waiting()).extracting(PatchworkCursor.HeldSeries::id).containsExactly(6L);
        assertThat(one.cursor().waiting().get(0).heldSince()).isEqualTo(Instant.parse("2026-11-25T00:40:37.478237Z"));
        assertThat(clients.counter.requests()).isEqualTo(4); // probe, projects, two event lists

        PatchworkCursor restored = CursorJson.read(CursorJson.write(one.cursor()), PatchworkCursor.class);
        Instant created = restored.createdSince();
        pw.serveEventsSince("series-created", created, pw.eventsSince("series-created", created));
        pw.serveEventsSince("series-completed", restored.since(), List.of());
        clock.advance(Duration.ofHours(1));
        clients.counter.reset();
        Poll<PatchworkCursor> two = source.poll(restored);
        assertThat(two.arrivals()).singleElement().satisfies(a -> {
            assertThat(a.key()).isEqualTo("series/6");
            assertThat(a.complete()).isFalse();
        });
        assertThat(two.cursor().waiting()).isEmpty();
        assertThat(clients.counter.requests()).isEqualTo(2 + 2);
        assertThat(source.poll(two.cursor()).arrivals()).isEmpty();
    }

    @Test
    void aWatchedSeriesThatCompletesIsDeliveredByItsCompletion() throws Exception {
        Instant from = Instant.parse("2026-11-25T00:40:30Z");
        pw.serveEventsSince("series-created", from, pw.eventsSince("series-created", from));
        pw.serveEventsSince("series-completed", from, pw.eventsSince("series-completed", from));
        PatchworkSource source = source(PatchworkSourceSettings.of("netdevbpf").withOverlap(Duration.ZERO)
                .withWatchIncomplete(true));

        Poll<PatchworkCursor> poll = source.poll(new PatchworkCursor(from, List.of(), List.of()));

        assertThat(poll.arrivals()).extracting(Arrival::key).containsExactly("series/6");
        assertThat(poll.arrivals().get(0).complete()).isTrue();
        assertThat(poll.cursor().waiting()).isEmpty();
    }

}
