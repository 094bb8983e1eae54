package io.jenkins.plugins.patchworkci.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.patchworkci.testsupport.PatchworkRecordings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The probe against a real HTTP server on loopback that answers as Patchwork 3.1 does (its API
 * index body is a recording of a real server) or as a misconfigured one would.
 */
class PatchworkApiProbeTest {
    private static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** What the test server saw: method, path and Authorization header of every request. */
    record Seen(String method, String path, String authorization) {}

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;
    private volatile int status;
    private volatile String body;
    private volatile String location;
    private volatile boolean stall;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization")));
        if (stall) {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (location != null) {
            exchange.getResponseHeaders().add("Location", location);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void respond(int status, String body) {
        this.status = status;
        this.body = body;
    }

    private ApiUrl apiUrl() {
        return ApiUrl.parse("http://127.0.0.1:" + server.getAddress().getPort() + "/api/");
    }

    private static String recordedIndex() throws IOException {
        return PatchworkRecordings.text("api-1.3-index.json");
    }

    @Test
    void reportsAWorkingServerAndSendsTheTokenAsPatchworkExpects() throws Exception {
        respond(200, recordedIndex());

        PatchworkApiProbe.Outcome outcome = new PatchworkApiProbe(HttpClient.newBuilder(), TIMEOUT).probe(apiUrl(), TOKEN);

        assertThat(outcome.ok()).as(outcome.message()).isTrue();
        assertThat(outcome.message()).contains("/api/1.3/", "API 1.3", "accepted the token").doesNotContain(TOKEN);
        assertThat(seen).containsExactly(new Seen("GET", "/api/1.3/", "Token " + TOKEN));
    }

    @Test
    void sendsNoAuthorizationWithoutAToken() throws Exception {
        respond(200, recordedIndex());

        PatchworkApiProbe.Outcome outcome = new PatchworkApiProbe(HttpClient.newBuilder(), TIMEOUT).probe(apiUrl(), null);

        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.message()).contains("no credential selected");
        assertThat(seen).containsExactly(new Seen("GET", "/api/1.3/", null));
    }

    @Test
    void reportsARefusedToken() throws Exception {
        respond(403, "{\"detail\": \"Invalid token.\"}");

        PatchworkApiProbe.Outcome outcome = new PatchworkApiProbe(HttpClient.newBuilder(), TIMEOUT).probe(apiUrl(), TOKEN);

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.message()).contains("HTTP 403", "check the API token").doesNotContain(TOKEN);
    }

    @Test
    void reportsAServerWithoutApi13() throws Exception {
        respond(404, "{\"detail\": \"Not found.\"}");

        PatchworkApiProbe.Outcome outcome = new PatchworkApiProbe(HttpClient.newBuilder(), TIMEOUT).probe(apiUrl(), null);

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.message()).contains("HTTP 404", "Patchwork 3.1 or newer");
    }

    @Test
    void reportsA200ThatIsNotAnApiIndex() throws Exception {
        respond(200, "<html><body>Patchwork project list</body></html>");

        PatchworkApiProbe.Outcome outcome = new PatchworkApiProbe(HttpClient.newBuilder(), TIMEOUT).probe(apiUrl(), null);

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.message()).contains("not with a Patchwork API index");
    }

    @Test
    void neverFollowsARedirectSoTheTokenStaysWithTheGivenHost() throws Exception {
        HttpServer elsewhere = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        List<String> elsewhereSaw = new CopyOnWriteArrayList<>();
        elsewhere.createContext("/", exchange -> {
            elsewhereSaw.add(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        elsewhere.start();
        try {
            String target = "http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/api/1.3/";
            location = target;
            respond(302, "");

            PatchworkApiProbe.Outcome outcome = new PatchworkApiProbe(HttpClient.newBuilder(), TIMEOUT).probe(apiUrl(), TOKEN);

            assertThat(outcome.ok()).isFalse();
            assertThat(outcome.message()).contains("HTTP 302", target).doesNotContain(TOKEN);
            assertThat(elsewhereSaw).isEmpty();
        } finally {
            elsewhere.stop(0);
        }
    }

    @Test
    void reportsAServerThatDoesNotAnswerInTime() throws Exception {
        respond(200, recordedIndex());
        stall = true;

        PatchworkApiProbe.Outcome outcome = new PatchworkApiProbe(HttpClient.newBuilder(), Duration.ofMillis(300)).probe(apiUrl(), TOKEN);

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.message()).contains("did not answer within 300 ms");
    }

    @Test
    void reportsAnUnreachableServer() throws Exception {
        ApiUrl closed = apiUrl();
        server.stop(0);

        PatchworkApiProbe.Outcome outcome = new PatchworkApiProbe(HttpClient.newBuilder(), TIMEOUT).probe(closed, TOKEN);

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.message()).startsWith("Could not reach " + closed.version("1.3")).doesNotContain(TOKEN);
    }

    @Test
    void honoursInterruption() {
        respond(200, "{}");
        stall = true;
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> new PatchworkApiProbe(HttpClient.newBuilder(), TIMEOUT).probe(apiUrl(), TOKEN))
                    .isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
    }
}
