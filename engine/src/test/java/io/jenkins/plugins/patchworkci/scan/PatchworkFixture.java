package io.jenkins.plugins.patchworkci.scan;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.jenkins.plugins.patchworkci.http.HttpSettings;
import io.jenkins.plugins.patchworkci.http.JdkHttpTransport;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.testsupport.PatchworkRecordings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * WireMock on loopback serving the recorded Patchwork 3.1 answers of test-support's
 * {@code PatchworkRecordings} (recorded data, see its README) with the recording origin replaced by WireMock's. Lists can be edited
 * before they are served (a patch's state, a series' subject), and mboxes are given per series.
 */
final class PatchworkFixture implements AutoCloseable {

    static final String RECORDED_ORIGIN = PatchworkRecordings.RECORDED_ORIGIN;
    static final ObjectMapper JSON = new ObjectMapper();

    final WireMockServer server;

    PatchworkFixture() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        json("/api/1.3/", recorded("api-1.3-index.json"));
        json("/api/1.3/projects/", recorded("projects.json"));
    }

    String origin() {
        return "http://127.0.0.1:" + server.port();
    }

    PatchworkClient client() {
        return new PatchworkClient(URI.create(origin() + "/"), new JdkHttpTransport(HttpSettings.defaults()
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5))), null);
    }

    String recorded(String name) {
        return PatchworkRecordings.text(name, origin());
    }

    ArrayNode recordedArray(String name) {
        try {
            return (ArrayNode) JSON.readTree(recorded(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void json(String path, String body) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    void status(String path, int status, String body) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    /** Serves the recorded series list and patch list, after {@code edit} changed them. */
    void lists(Consumer<ArrayNode> editSeries, Consumer<ArrayNode> editPatches) {
        ArrayNode series = recordedArray("series-list.json");
        editSeries.accept(series);
        ArrayNode patches = recordedArray("patches-list.json");
        editPatches.accept(patches);
        json("/api/1.3/series/", series.toString());
        json("/api/1.3/patches/", patches.toString());
    }

    static JsonNode byId(ArrayNode list, long id) {
        for (JsonNode n : list) {
            if (n.get("id").asLong() == id) {
                return n;
            }
        }
        throw new IllegalArgumentException("no id " + id);
    }

    static void setState(ArrayNode patches, long id, String state) {
        ((ObjectNode) byId(patches, id)).put("state", state);
    }

    /** The mbox URL a recorded record hands out, as a path on this server. */
    static String path(JsonNode node, String field) {
        return URI.create(node.get(field).asText()).getRawPath();
    }

    void mbox(String path, String body) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/mbox").withBody(body)));
    }

    int requestsTo(String pathPrefix) {
        return (int) server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith(pathPrefix)).count();
    }

    @Override
    public void close() {
        server.stop();
    }
}
