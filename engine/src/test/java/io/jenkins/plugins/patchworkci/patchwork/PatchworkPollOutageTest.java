package io.jenkins.plugins.patchworkci.patchwork;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.jenkins.plugins.patchworkci.http.HttpStatusException;
import io.jenkins.plugins.patchworkci.http.RetryPolicy;
import io.jenkins.plugins.patchworkci.inbox.Arrival;
import io.jenkins.plugins.patchworkci.inbox.CursorJson;
import io.jenkins.plugins.patchworkci.inbox.Poll;
import io.jenkins.plugins.patchworkci.testsupport.StubbedPatchwork;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Polls through outages: a server that times out, fails then recovers, answers garbage, or cuts the
 * connection. Retries where right, a clear error where not, and a failed poll changes nothing: the
 * next poll from the same cursor delivers everything, once.
 */
class PatchworkPollOutageTest {

    private static final Instant FROM = Instant.parse("2026-11-25T00:40:10Z");
    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(20),
            Duration.ofSeconds(1));

    @RegisterExtension
    static final StubbedPatchwork pw = new StubbedPatchwork();
    private static final PatchworkTestClients clients = new PatchworkTestClients(pw.base());
    private PatchworkSource source;
    private PatchworkCursor cursor;

    @BeforeEach
    void start() throws Exception {
        pw.basics();
        pw.seriesAndMboxes();
        source = new PatchworkSource(clients.client(null, FAST), PatchworkSourceSettings.of("netdevbpf")
                .withOverlap(Duration.ZERO), Clock.fixed(Instant.parse("2026-11-25T01:00:00Z"), ZoneOffset.UTC));
        cursor = new PatchworkCursor(FROM, List.of(), List.of());
    }

    /** After the outage: the same cursor (its JSON unchanged) brings series 4, 5 and 6, each once. */
    private void recoveredPollDeliversEverything(String cursorJsonBefore) throws Exception {
        assertThat(CursorJson.write(cursor)).isEqualTo(cursorJsonBefore);
        pw.seriesAndMboxes();
        pw.serveEventsSince(FROM, pw.eventsSince(FROM));
        Poll<PatchworkCursor> poll = source.poll(cursor);
        assertThat(poll.arrivals()).extracting(Arrival::key).containsExactly("series/4", "series/5", "series/6");
    }

    @Test
    void aServerThatTimesOutFailsThePollAndLosesNothing() throws Exception {
        String before = CursorJson.write(cursor);
        pw.stub(get(urlPathEqualTo("/api/1.3/events/")).willReturn(aResponse().withFixedDelay(1200).withBody("[]")));

        Throwable t = catchThrowable(() -> source.poll(cursor));

        assertThat(t).isInstanceOf(HttpTimeoutException.class);
        pw.server.verify(3, getRequestedFor(urlPathEqualTo("/api/1.3/events/")));
        pw.server.resetRequests();
        pw.server.removeStubMapping(pw.server.getStubMappings().stream()
                .filter(m -> m.getResponse().getFixedDelayMilliseconds() != null).findFirst().orElseThrow());
        recoveredPollDeliversEverything(before);
    }

    @Test
    void a500ThenA200IsRetriedWithinThePoll() throws Exception {
        pw.serveEventsSince(FROM, pw.eventsSince(FROM));
        pw.stub(get(urlPathEqualTo("/api/1.3/series/5/")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("<h1>Server Error (500)</h1>")).willSetStateTo("up"));
        pw.stub(get(urlPathEqualTo("/api/1.3/series/5/")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        PatchworkJson.MAPPER.readTree(pw.recorded("series-list.json")).get(4).toString())));

        Poll<PatchworkCursor> poll = source.poll(cursor);

        assertThat(poll.arrivals()).extracting(Arrival::key).containsExactly("series/4", "series/5", "series/6");
        assertThat(clients.counter.requests()).isEqualTo(3 + 2 * 3 + 1);
    }

    @Test
    void aServerErrorThatPersistsIsReportedWithItsStatus() throws Exception {
        String before = CursorJson.write(cursor);
        pw.serveEventsSince(FROM, pw.eventsSince(FROM));
        pw.stub(get(urlPathEqualTo("/series/5/mbox/")).willReturn(aResponse().withStatus(503).withBody("down")));

        Throwable t = catchThrowable(() -> source.poll(cursor));

        assertThat(t).isInstanceOf(HttpStatusException.class).hasMessageContaining("HTTP 503")
                .hasMessageContaining("series 5");
        pw.server.verify(3, getRequestedFor(urlPathEqualTo("/series/5/mbox/")));
        recoveredPollDeliversEverything(before);
    }

    @Test
    void garbageJsonIsNotRetriedAndFailsThePollClearly() throws Exception {
        String before = CursorJson.write(cursor);
        pw.serveEventsSince(FROM, pw.eventsSince(FROM));
        pw.stub(get(urlPathEqualTo("/api/1.3/series/6/")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"id\": 6, \"received_all\": tru")));

        Throwable t = catchThrowable(() -> source.poll(cursor));

        assertThat(t).isInstanceOf(MalformedResponseException.class).hasMessageContaining("/api/1.3/series/6/");
        pw.server.verify(1, getRequestedFor(urlPathEqualTo("/api/1.3/series/6/")));
        recoveredPollDeliversEverything(before);
    }

    @Test
    void aConnectionCutMidPageIsRetriedThenReported() throws Exception {
        String before = CursorJson.write(cursor);
        pw.stub(get(urlPathEqualTo("/api/1.3/events/")).willReturn(aResponse()
                .withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        pw.stub(get(urlPathEqualTo("/series/6/mbox/")).willReturn(aResponse()
                .withFault(Fault.RANDOM_DATA_THEN_CLOSE)));

        assertThat(catchThrowable(() -> source.poll(cursor))).isInstanceOf(IOException.class);
        pw.server.verify(3, getRequestedFor(urlPathEqualTo("/api/1.3/events/")));

        // events readable now, but the last mbox is still cut: the poll fails as a whole, no partial result
        pw.serveEventsSince(FROM, pw.eventsSince(FROM));
        assertThat(catchThrowable(() -> source.poll(cursor))).isInstanceOf(IOException.class);
        pw.server.verify(3, getRequestedFor(urlPathEqualTo("/series/6/mbox/")));

        pw.server.resetAll();
        pw.basics();
        recoveredPollDeliversEverything(before);
    }

    @Test
    void aDeletedSeriesIsSkippedAndTheRestArrives() throws Exception {
        pw.serveEventsSince(FROM, pw.eventsSince(FROM));
        pw.stub(get(urlPathEqualTo("/api/1.3/series/5/")).willReturn(aResponse().withStatus(404)
                .withBody("{\"detail\": \"Not found.\"}")));

        Poll<PatchworkCursor> poll = source.poll(cursor);

        assertThat(poll.arrivals()).extracting(Arrival::key).containsExactly("series/4", "series/6");
        pw.server.verify(1, getRequestedFor(urlPathEqualTo("/api/1.3/series/5/")));
    }
}
