package io.jenkins.plugins.patchworkci.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Patchwork server stubbed answer by answer: WireMock on loopback, serving the recorded Patchwork 3.1
 * answers of {@link PatchworkRecordings} (recorded data, see its README) with the recording origin replaced
 * by its own, plus whatever a test stubs on top (an outage, a 403, an edited list, a slow answer). The tests
 * of the Patchwork client, the scans and the reporter (engine) and of {@code pwci series} (cli) use it;
 * {@link RecordedPatchwork} is its companion for the tests that need a server that keeps state (checks
 * posted, series completing) rather than stubs.
 *
 * <p>Register it as a static JUnit 5 extension ({@code @RegisterExtension static final StubbedPatchwork pw
 * = new StubbedPatchwork();}): it starts once for the class, forgets every stub, request and scenario before
 * each test, and stops after the class.
 */
public final class StubbedPatchwork implements BeforeEachCallback, AfterAllCallback, AutoCloseable {

    public static final String RECORDED_ORIGIN = PatchworkRecordings.RECORDED_ORIGIN;
    public static final ObjectMapper JSON = PatchworkRecordings.JSON;

    /** The WireMock server itself, for a test's own stubs, verifications and request lists. */
    public final WireMockServer server;

    public StubbedPatchwork() {
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
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(origin() + "/__admin/mappings"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server.resetAll();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** {@code http://127.0.0.1:PORT}, no trailing slash. */
    public String origin() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The server root, as a Patchwork client is given it. */
    public URI base() {
        return URI.create(origin() + "/");
    }

    /** A recorded file, as if this server had recorded it. */
    public String recorded(String name) {
        return PatchworkRecordings.text(name, origin());
    }

    /** A recorded JSON list, as if this server had recorded it, to edit before serving it. */
    public ArrayNode recordedArray(String name) {
        return (ArrayNode) PatchworkRecordings.tree(recorded(name));
    }

    public void stub(MappingBuilder mapping) {
        server.stubFor(mapping);
    }

    /** GET {@code path} answers 200 with this JSON. */
    public void json(String path, String body) {
        answer(path, 200, body);
    }

    /** GET {@code path} answers 200 with a recorded JSON file. */
    public void recordedJson(String path, String file) {
        json(path, recorded(file));
    }

    /** GET {@code path} answers {@code status} with this body, as JSON. */
    public void answer(String path, int status, String body) {
        stub(get(urlPathEqualTo(path)).willReturn(jsonAnswer(status, body)));
    }

    /** GET {@code path} answers 200 with this mbox. */
    public void mbox(String path, String body) {
        stub(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/mbox").withBody(body)));
    }

    /** The API 1.3 index and the project list: what every client asks first. */
    public void basics() {
        recordedJson("/api/1.3/", "api-1.3-index.json");
        recordedJson("/api/1.3/projects/", "projects.json");
    }

    /** Serves the recorded series list and patch list, after {@code editSeries} and {@code editPatches} changed them. */
    public void lists(Consumer<ArrayNode> editSeries, Consumer<ArrayNode> editPatches) {
        ArrayNode series = recordedArray("series-list.json");
        editSeries.accept(series);
        ArrayNode patches = recordedArray("patches-list.json");
        editPatches.accept(patches);
        json("/api/1.3/series/", series.toString());
        json("/api/1.3/patches/", patches.toString());
    }

    /**
     * Serves every series of the recorded series list as its detail, and an mbox per series: series 6's
     * recorded mbox, and for the others one message naming the series (only 6's mbox was recorded).
     */
    public void seriesAndMboxes() {
        for (JsonNode s : recordedArray("series-list.json")) {
            long id = s.get("id").asLong();
            json("/api/1.3/series/" + id + "/", s.toString());
            String mbox = id == 6 ? recorded("series-6.mbox")
                    : "From patchwork Mon Sep 12 00:00:00 2016\nSubject: series " + id + "\n\nbody\n";
            stub(get(urlPathEqualTo("/series/" + id + "/mbox/")).willReturn(aResponse().withBody(mbox)));
        }
    }

    /** The recorded series-completed events at or after {@code from}, oldest first (as {@code order=date} asks). */
    public List<JsonNode> eventsSince(Instant from) {
        return oldestFirstSince(recordedArray("events-series-completed.json"), null, from);
    }

    /** The recorded events of one category at or after {@code from}, oldest first, from the whole log. */
    public List<JsonNode> eventsSince(String category, Instant from) {
        return oldestFirstSince(recordedArray("events-all.json"), category, from);
    }

    private static List<JsonNode> oldestFirstSince(ArrayNode newestFirst, String category, Instant from) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : newestFirst) {
            if ((category == null || e.get("category").asText().equals(category))
                    && !patchworkDate(e.get("date").asText()).isBefore(from)) {
                out.add(0, e);
            }
        }
        return out;
    }

    /**
     * The event list answers {@code events} to a request whose {@code since} is {@code from} (WireMock does
     * not filter by itself); the {@code since} is read as Patchwork reads it, whatever its precision.
     */
    public void serveEventsSince(Instant from, List<JsonNode> events) {
        serveEvents(get(urlPathEqualTo("/api/1.3/events/")), from, events);
    }

    /** As {@link #serveEventsSince(Instant, List)}, for the requests of one category. */
    public void serveEventsSince(String category, Instant from, List<JsonNode> events) {
        serveEvents(get(urlPathEqualTo("/api/1.3/events/")).withQueryParam("category",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo(category)), from, events);
    }

    private void serveEvents(MappingBuilder request, Instant from, List<JsonNode> events) {
        stub(request.andMatching(r -> {
            QueryParameter since = r.queryParameter("since");
            return MatchResult.of(since.isPresent() && sameInstant(since.firstValue(), from));
        }).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(JSON.valueToTree(events).toString())));
    }

    private static boolean sameInstant(String since, Instant from) {
        try {
            return patchworkDate(since).equals(from.truncatedTo(ChronoUnit.MICROS)); // Patchwork keeps microseconds
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** A Patchwork date: ISO 8601, without a zone meaning UTC (as Patchwork stores and serves them). */
    private static Instant patchworkDate(String text) {
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException noZone) {
            return OffsetDateTime.parse(text).toInstant();
        }
    }

    /** How many requests reached a path starting with {@code pathPrefix}. */
    public int requestsTo(String pathPrefix) {
        return (int) server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith(pathPrefix)).count();
    }

    /** An answer of {@code status} with this body, as JSON. */
    public static ResponseDefinitionBuilder jsonAnswer(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** The recorded body of the 201 answer to a check post (the first line of check-post-response.txt). */
    public static String createdBody() {
        return PatchworkRecordings.text("check-post-response.txt").lines().findFirst().orElseThrow();
    }

    /** The recorded 201 answer to a check post: status, headers (its recorded Location included) and body. */
    public static ResponseDefinitionBuilder created() {
        String[] lines = PatchworkRecordings.text("check-post.headers").split("\r?\n");
        ResponseDefinitionBuilder response = aResponse().withStatus(Integer.parseInt(lines[0].split(" ")[1]));
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0 && !lines[i].startsWith("Content-Length")) {
                response = response.withHeader(lines[i].substring(0, colon), lines[i].substring(colon + 1).strip());
            }
        }
        return response.withBody(createdBody());
    }

    /** The element of a recorded list with this id. */
    public static JsonNode byId(ArrayNode list, long id) {
        for (JsonNode n : list) {
            if (n.get("id").asLong() == id) {
                return n;
            }
        }
        throw new IllegalArgumentException("no id " + id);
    }

    /** Sets the state of the patch with this id in a recorded patch list. */
    public static void setState(ArrayNode patches, long id, String state) {
        ((ObjectNode) byId(patches, id)).put("state", state);
    }

    /** The URL a recorded record hands out in {@code field} (an mbox, say), as a path on this server. */
    public static String path(JsonNode node, String field) {
        return URI.create(node.get(field).asText()).getRawPath();
    }

    @Override
    public void close() {
        server.stop();
    }
}
