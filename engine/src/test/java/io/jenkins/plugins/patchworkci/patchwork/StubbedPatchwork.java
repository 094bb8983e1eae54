package io.jenkins.plugins.patchworkci.patchwork;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.jenkins.plugins.patchworkci.http.CountingTransport;
import io.jenkins.plugins.patchworkci.http.HttpSettings;
import io.jenkins.plugins.patchworkci.http.HttpTransport;
import io.jenkins.plugins.patchworkci.http.JdkHttpTransport;
import io.jenkins.plugins.patchworkci.http.RetryPolicy;
import io.jenkins.plugins.patchworkci.http.RetryingTransport;
import io.jenkins.plugins.patchworkci.testsupport.PatchworkRecordings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * A WireMock server on loopback that answers with the recorded Patchwork 3.1 responses in
 * test-support's {@code PatchworkRecordings}, their recording origin replaced by its own.
 */
final class StubbedPatchwork implements AutoCloseable {

    static final String RECORDED_ORIGIN = PatchworkRecordings.RECORDED_ORIGIN;

    final WireMockServer server;
    /** Counts every attempt that reaches the network, under the retries. */
    CountingTransport counter;

    StubbedPatchwork() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        warmUp();
    }

    /**
     * One request with a generous timeout before any test request: a cold WireMock on a busy machine can
     * take longer than the short timeouts the outage tests use, which would add retries to their counts.
     */
    private void warmUp() {
        try {
            java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    URI.create(origin() + "/__admin/mappings")).timeout(Duration.ofSeconds(30)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String origin() {
        return "http://127.0.0.1:" + server.port();
    }

    URI base() {
        return URI.create(origin() + "/");
    }

    /** A recorded file, served as if this server had recorded it. */
    String recorded(String name) {
        return PatchworkRecordings.text(name, origin());
    }

    void stub(MappingBuilder mapping) {
        server.stubFor(mapping);
    }

    /** GET path answers 200 with a recorded JSON file. */
    void json(String path, String file) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(recorded(file))));
    }

    /** The API 1.3 index and the project list: what every client needs first. */
    void basics() {
        json("/api/1.3/", "api-1.3-index.json");
        json("/api/1.3/projects/", "projects.json");
    }

    /**
     * Serves every series of the recorded series list as its detail, and an mbox per series: series 6's
     * recorded mbox, and for the others one message naming the series (only 6's mbox was recorded).
     */
    void seriesAndMboxes() throws IOException {
        com.fasterxml.jackson.databind.JsonNode list = PatchworkJson.MAPPER.readTree(recorded("series-list.json"));
        for (com.fasterxml.jackson.databind.JsonNode s : list) {
            long id = s.get("id").asLong();
            stub(get(urlPathEqualTo("/api/1.3/series/" + id + "/")).willReturn(aResponse()
                    .withHeader("Content-Type", "application/json").withBody(s.toString())));
            String mbox = id == 6 ? recorded("series-6.mbox")
                    : "From patchwork Mon Sep 12 00:00:00 2016\nSubject: series " + id + "\n\nbody\n";
            stub(get(urlPathEqualTo("/series/" + id + "/mbox/")).willReturn(aResponse().withBody(mbox)));
        }
    }

    /**
     * The recorded series-completed events at or after {@code from}, oldest first (as {@code order=date}
     * asks), served for exactly that {@code since} parameter — WireMock does not filter by itself.
     */
    List<com.fasterxml.jackson.databind.JsonNode> eventsSince(java.time.Instant from) throws IOException {
        List<com.fasterxml.jackson.databind.JsonNode> out = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode e
                : PatchworkJson.MAPPER.readTree(recorded("events-series-completed.json"))) {
            if (!PatchworkDates.parse(e.get("date").asText()).isBefore(from)) {
                out.add(0, e);
            }
        }
        return out;
    }

    /** The recorded events of one category at or after {@code from}, oldest first, from the whole log. */
    List<com.fasterxml.jackson.databind.JsonNode> eventsSince(String category, java.time.Instant from)
            throws IOException {
        List<com.fasterxml.jackson.databind.JsonNode> out = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode e : PatchworkJson.MAPPER.readTree(recorded("events-all.json"))) {
            if (e.get("category").asText().equals(category)
                    && !PatchworkDates.parse(e.get("date").asText()).isBefore(from)) {
                out.add(0, e);
            }
        }
        return out;
    }

    void serveEventsSince(String category, java.time.Instant from, List<com.fasterxml.jackson.databind.JsonNode> events) {
        stub(get(urlPathEqualTo("/api/1.3/events/"))
                .withQueryParam("category", com.github.tomakehurst.wiremock.client.WireMock.equalTo(category))
                .withQueryParam("since", com.github.tomakehurst.wiremock.client.WireMock.equalTo(PatchworkDates.format(from)))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(PatchworkJson.MAPPER.valueToTree(events).toString())));
    }

    void serveEventsSince(java.time.Instant from, List<com.fasterxml.jackson.databind.JsonNode> events) {
        stub(get(urlPathEqualTo("/api/1.3/events/")).withQueryParam("since",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo(PatchworkDates.format(from)))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(PatchworkJson.MAPPER.valueToTree(events).toString())));
    }

    PatchworkClient client(ApiToken token) {
        return client(token, RetryPolicy.none());
    }

    PatchworkClient client(ApiToken token, RetryPolicy retry) {
        return new PatchworkClient(base(), transport(retry), token);
    }

    /** Retries over a request counter over the JDK client; 700 ms per response, so timeouts are quick to test. */
    HttpTransport transport(RetryPolicy retry) {
        HttpSettings settings = HttpSettings.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700));
        counter = new CountingTransport(new JdkHttpTransport(settings));
        return new RetryingTransport(counter, retry);
    }

    HttpTransport transport() {
        return transport(RetryPolicy.none());
    }

    @Override
    public void close() {
        server.stop();
    }
}
