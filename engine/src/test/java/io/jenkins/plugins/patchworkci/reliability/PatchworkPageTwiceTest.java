package io.jenkins.plugins.patchworkci.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.http.HttpSettings;
import io.jenkins.plugins.patchworkci.http.HttpTransports;
import io.jenkins.plugins.patchworkci.inbox.Arrival;
import io.jenkins.plugins.patchworkci.inbox.Poll;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkCursor;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkSource;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkSourceSettings;
import io.jenkins.plugins.patchworkci.testsupport.StubbedPatchwork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Patchwork server whose event list serves the same page twice (page 2 repeats page 1, as an
 * offset-paged list does when new events arrive between the two requests) and ignores
 * {@code since} (a stale cache would): every series arrives once, events older than the cursor are
 * not delivered again, and the next poll delivers nothing. The recorded responses of a real Patchwork 3.1
 * (test resources {@code patchwork/}) are served by WireMock. Outages, 5xx, 429, garbage and cut
 * connections are in {@code PatchworkPollOutageTest}.
 */
class PatchworkPageTwiceTest {

    private static final Instant T0 = Instant.parse("2026-11-25T00:40:10Z");

    @RegisterExtension
    static final StubbedPatchwork pw = new StubbedPatchwork();

    @Test
    void aPageServedTwiceDeliversEachSeriesOnce() throws Exception {
        pw.basics();
        pw.seriesAndMboxes();
        String events = pw.recorded("events-series-completed.json");
        String page2 = pw.origin() + "/api/1.3/events/?category=series-completed&page=2";
        // Page 1 links to page 2, which is page 1 again; other categories are empty.
        pw.stub(get(urlPathEqualTo("/api/1.3/events/")).atPriority(9)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("[]")));
        pw.stub(get(urlPathEqualTo("/api/1.3/events/")).atPriority(5)
                .withQueryParam("category", equalTo("series-completed")).withQueryParam("page", absent())
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withHeader("Link", "<" + page2 + ">; rel=\"next\"").withBody(events)));
        pw.stub(get(urlPathEqualTo("/api/1.3/events/")).atPriority(1)
                .withQueryParam("category", equalTo("series-completed")).withQueryParam("page", equalTo("2"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(events)));

        PatchworkClient client = new PatchworkClient(pw.base(),
                HttpTransports.standard(HttpSettings.defaults()), null);
        PatchworkSource source = new PatchworkSource(client, PatchworkSourceSettings.of("netdevbpf")
                .withOverlap(Duration.ZERO), Clock.fixed(Instant.parse("2026-11-25T01:00:00Z"), ZoneOffset.UTC));

        Poll<PatchworkCursor> poll = source.poll(new PatchworkCursor(T0, List.of(), List.of()));
        List<String> keys = poll.arrivals().stream().map(Arrival::key).toList();
        assertThat(keys).as("served twice, delivered once").doesNotHaveDuplicates()
                // The stub ignores "since" (WireMock does not filter): the source drops what is older itself.
                .containsExactlyInAnyOrder("series/4", "series/5", "series/6");
        assertThat(pw.server.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/api/1.3/events/")).withQueryParam("page", equalTo("2")))).as("page 2 was read").isNotEmpty();

        Poll<PatchworkCursor> again = source.poll(poll.cursor());
        assertThat(again.arrivals()).as("nothing delivered twice across polls").isEmpty();
    }
}
