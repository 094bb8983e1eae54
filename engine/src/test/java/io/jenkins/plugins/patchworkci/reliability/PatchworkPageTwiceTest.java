package io.jenkins.plugins.patchworkci.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.jenkins.plugins.patchworkci.http.HttpSettings;
import io.jenkins.plugins.patchworkci.http.HttpTransports;
import io.jenkins.plugins.patchworkci.inbox.Arrival;
import io.jenkins.plugins.patchworkci.inbox.Poll;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkCursor;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkSource;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkSourceSettings;
import io.jenkins.plugins.patchworkci.testsupport.PatchworkRecordings;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Patchwork server whose event list serves the same page twice (page 2 repeats page 1, as an
 * offset-paged list does when new events arrive between the two requests) and ignores
 * {@code since} (a stale cache would): every series arrives once, events older than the cursor are
 * not delivered again, and the next poll delivers nothing. The recorded responses of a real Patchwork 3.1
 * (test resources {@code patchwork/}) are served by WireMock. Outages, 5xx, 429, garbage and cut
 * connections are in {@code PatchworkPollOutageTest}.
 */
class PatchworkPageTwiceTest {

    private static final String RECORDED_ORIGIN = PatchworkRecordings.RECORDED_ORIGIN;
    private static final Instant T0 = Instant.parse("2026-11-25T00:40:10Z");

    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private String recorded(String name) throws IOException {
        return PatchworkRecordings.text(name, server.baseUrl());
    }

    private void json(String path, String body) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void aPageServedTwiceDeliversEachSeriesOnce() throws Exception {
        json("/api/1.3/", recorded("api-1.3-index.json"));
        json("/api/1.3/projects/", recorded("projects.json"));
        ObjectMapper mapper = new ObjectMapper();
        for (JsonNode s : mapper.readTree(recorded("series-list.json"))) {
            long id = s.get("id").asLong();
            json("/api/1.3/series/" + id + "/", s.toString());
            server.stubFor(get(urlPathEqualTo("/series/" + id + "/mbox/")).willReturn(aResponse().withBody(
                    "From patchwork Mon Sep 12 00:00:00 2016\nMessage-ID: <s" + id + "@example.org>\nSubject: series "
                            + id + "\n\nbody\n")));
        }
        String events = recorded("events-series-completed.json");
        String page2 = server.baseUrl() + "/api/1.3/events/?category=series-completed&page=2";
        // Page 1 links to page 2, which is page 1 again; other categories are empty.
        server.stubFor(get(urlPathEqualTo("/api/1.3/events/")).atPriority(9)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("[]")));
        server.stubFor(get(urlPathEqualTo("/api/1.3/events/")).atPriority(5)
                .withQueryParam("category", equalTo("series-completed")).withQueryParam("page", absent())
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withHeader("Link", "<" + page2 + ">; rel=\"next\"").withBody(events)));
        server.stubFor(get(urlPathEqualTo("/api/1.3/events/")).atPriority(1)
                .withQueryParam("category", equalTo("series-completed")).withQueryParam("page", equalTo("2"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(events)));

        PatchworkClient client = new PatchworkClient(URI.create(server.baseUrl() + "/"),
                HttpTransports.standard(HttpSettings.defaults()), null);
        PatchworkSource source = new PatchworkSource(client, PatchworkSourceSettings.of("netdevbpf")
                .withOverlap(Duration.ZERO), Clock.fixed(Instant.parse("2026-11-25T01:00:00Z"), ZoneOffset.UTC));

        Poll<PatchworkCursor> poll = source.poll(new PatchworkCursor(T0, List.of(), List.of()));
        List<String> keys = poll.arrivals().stream().map(Arrival::key).toList();
        assertThat(keys).as("served twice, delivered once").doesNotHaveDuplicates()
                // The stub ignores "since" (WireMock does not filter): the source drops what is older itself.
                .containsExactlyInAnyOrder("series/4", "series/5", "series/6");
        assertThat(server.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/api/1.3/events/")).withQueryParam("page", equalTo("2")))).as("page 2 was read").isNotEmpty();

        Poll<PatchworkCursor> again = source.poll(poll.cursor());
        assertThat(again.arrivals()).as("nothing delivered twice across polls").isEmpty();
    }
}
