package io.jenkins.plugins.patchworkci.report;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.jenkins.plugins.patchworkci.http.HttpSettings;
import io.jenkins.plugins.patchworkci.http.HttpTransport;
import io.jenkins.plugins.patchworkci.http.JdkHttpTransport;
import io.jenkins.plugins.patchworkci.http.RetryPolicy;
import io.jenkins.plugins.patchworkci.http.RetryingTransport;
import io.jenkins.plugins.patchworkci.patchwork.ApiToken;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.testsupport.PatchworkRecordings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/** The recorded Patchwork answers in {@code src/test/resources/report/patchwork/} (see its README). */
final class CheckStorePatchwork {

    private CheckStorePatchwork() {}

    static String text(String name) {
        return resource("/report/patchwork/" + name);
    }

    private static String resource(String path) {
        try (InputStream in = CheckStorePatchwork.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recorded 201 answer to a check post: status, headers (Location included) and body. */
    static ResponseDefinitionBuilder created() {
        String[] lines = text("check-post.headers").split("\r?\n");
        ResponseDefinitionBuilder response = aResponse().withStatus(Integer.parseInt(lines[0].split(" ")[1]));
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0 && !lines[i].startsWith("Content-Length")) {
                response = response.withHeader(lines[i].substring(0, colon), lines[i].substring(colon + 1).strip());
            }
        }
        return response.withBody(text("check-post-response.json").strip());
    }

    /** The recorded API 1.3 index (test-support's {@link PatchworkRecordings}), as if {@code origin} had answered it. */
    static String apiIndex(String origin) {
        return PatchworkRecordings.text("api-1.3-index.json", origin);
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /**
     * A Patchwork that keeps the checks posted to it, as Patchwork 3.1 does: a post is stored
     * (immutable, numbered, dated, under the token's user {@code ci-bot}) and answered with the
     * recorded 201, its fields those of the stored check; {@code GET .../checks/} lists a patch's
     * checks oldest first. WireMock records every request. A post can be made to lose its answer
     * after it is stored ({@link LostAnswer}), as a proxy timing out or a server failing after the
     * commit does.
     */
    static final class Server implements AutoCloseable {

        /** What happens to the answer of a stored post. */
        enum LostAnswer {
            /** Answered 201 as recorded. */
            NONE,
            /** Stored, then answered 500 (a failure after the commit, a proxy's error page). */
            STORED_THEN_500,
            /** Stored, then answered too late for the client's timeout. */
            STORED_THEN_TIMEOUT,
            /** Stored, then the connection is reset without an answer. */
            STORED_THEN_RESET,
            /** Not stored: answered 500 before the commit (the post must be sent again). */
            NOT_STORED_500
        }

        static final String USER = "ci-bot";
        static final Duration CLIENT_TIMEOUT = Duration.ofMillis(700);
        private static final ObjectMapper JSON = new ObjectMapper();

        final WireMockServer server;
        private final Store store = new Store();
        /** One HTTP client for all: starting a JDK client per simulated restart costs more than the test. */
        private final HttpTransport transport = new RetryingTransport(new JdkHttpTransport(HttpSettings.defaults()
                .withTimeouts(Duration.ofSeconds(2), CLIENT_TIMEOUT)), RetryPolicy.defaults(), d -> { }, Clock.systemUTC());

        Server() {
            server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").extensions(store));
            server.start();
            reset();
        }

        /** Forgets every check and request; every post is answered normally again. */
        void reset() {
            server.resetAll();
            store.clear();
            server.stubFor(get(urlPathEqualTo("/api/1.3/")).willReturn(json(200,
                    apiIndex(origin()))));
            server.stubFor(any(urlPathMatching("/api/1.3/patches/[0-9]+/checks/"))
                    .willReturn(aResponse().withTransformers(Store.NAME)));
        }

        /** How the n-th post (counted from 1 since the last reset) has its answer lost. */
        void loseAnswers(IntFunction<LostAnswer> nthPost) {
            store.lose = nthPost;
        }

        String origin() {
            return "http://127.0.0.1:" + server.port();
        }

        /**
         * A client as {@code pwci run} makes one, with the production retry policy (pauses
         * skipped) and a short response timeout.
         */
        PatchworkClient client(String token) {
            return new PatchworkClient(URI.create(origin() + "/"), transport, ApiToken.of(token));
        }

        /** Every stored check, by patch id, oldest first. */
        Map<Long, List<JsonNode>> checks() {
            return store.snapshot();
        }

        /** How many requests of this method reached the checks of a patch. */
        long requests(RequestMethod method) {
            return server.getAllServeEvents().stream().filter(e -> e.getRequest().getMethod().equals(method)
                    && e.getRequest().getUrl().matches("/api/1\\.3/patches/[0-9]+/checks/.*")).count();
        }

        @Override
        public void close() {
            server.stop();
        }

        /** The stored checks, and the WireMock extension that serves them. */
        private final class Store implements ResponseDefinitionTransformerV2 {
            static final String NAME = "patchwork-check-store";
            private final Map<Long, List<JsonNode>> byPatch = new TreeMap<>();
            private int posts;
            private int nextId;
            volatile IntFunction<LostAnswer> lose = n -> LostAnswer.NONE;

            @Override
            public String getName() {
                return NAME;
            }

            @Override
            public boolean applyGlobally() {
                return false;
            }

            synchronized void clear() {
                byPatch.clear();
                posts = 0;
                nextId = 0;
                lose = n -> LostAnswer.NONE;
            }

            synchronized Map<Long, List<JsonNode>> snapshot() {
                Map<Long, List<JsonNode>> copy = new TreeMap<>();
                byPatch.forEach((k, v) -> copy.put(k, List.copyOf(v)));
                return copy;
            }

            @Override
            public synchronized ResponseDefinition transform(ServeEvent event) {
                String path = URI.create(event.getRequest().getUrl()).getPath();
                long patch = Long.parseLong(path.split("/")[4]);
                if (event.getRequest().getMethod().equals(RequestMethod.GET)) {
                    ArrayNode list = JSON.createArrayNode();
                    byPatch.getOrDefault(patch, List.of()).forEach(list::add);
                    return json(200, list.toString()).build();
                }
                LostAnswer lost = lose.apply(++posts);
                if (lost == LostAnswer.NOT_STORED_500) {
                    return json(500, "<h1>Server Error (500)</h1>").build();
                }
                ObjectNode check = stored(patch, event.getRequest().getBodyAsString());
                byPatch.computeIfAbsent(patch, p -> new ArrayList<>()).add(check);
                ResponseDefinitionBuilder answer = CheckStorePatchwork.created()
                        .withHeader("Location", check.get("url").asText()).withBody(check.toString());
                return switch (lost) {
                    case NONE -> answer.build();
                    case STORED_THEN_500 -> json(500, "<h1>Server Error (500)</h1>").build();
                    case STORED_THEN_TIMEOUT -> answer.withFixedDelay((int) CLIENT_TIMEOUT.toMillis() * 3).build();
                    case STORED_THEN_RESET -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
                    case NOT_STORED_500 -> throw new AssertionError("answered above");
                };
            }

            /** The recorded check, with this post's fields, id, URL and date. */
            private ObjectNode stored(long patch, String body) {
                try {
                    JsonNode posted = JSON.readTree(body);
                    ObjectNode check = (ObjectNode) JSON.readTree(text("check-post-response.json")
                            .replace("http://127.0.0.1:8000", origin()));
                    int id = ++nextId;
                    check.put("id", id).put("url", origin() + "/api/1.3/patches/" + patch + "/checks/" + id + "/")
                            .put("date", String.format("2026-11-25T01:%02d:%02d.%06d", id / 60 % 60, id % 60, id));
                    for (String field : List.of("state", "context", "description", "target_url")) {
                        check.set(field, posted.get(field));
                    }
                    return check;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
