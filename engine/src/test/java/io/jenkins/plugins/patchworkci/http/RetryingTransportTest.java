package io.jenkins.plugins.patchworkci.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retries over real HTTP: what is retried, how long it waits, and what is never retried. */
class RetryingTransportTest {

    private WireMockServer server;
    private final List<Duration> slept = new ArrayList<>();
    private CountingTransport counter;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private HttpTransport transport(int attempts, Duration requestTimeout) {
        counter = new CountingTransport(new JdkHttpTransport(HttpSettings.defaults()
                .withTimeouts(Duration.ofSeconds(2), requestTimeout)));
        return new RetryingTransport(counter, new RetryPolicy(attempts, Duration.ofMillis(100), Duration.ofMillis(250),
                Duration.ofSeconds(60)), slept::add, Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Test
    void serverErrorsAreRetriedWithGrowingBackoff() throws Exception {
        server.stubFor(get(urlPathEqualTo("/x")).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("2"));
        server.stubFor(get(urlPathEqualTo("/x")).inScenario("s").whenScenarioStateIs("2")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("3"));
        server.stubFor(get(urlPathEqualTo("/x")).inScenario("s").whenScenarioStateIs("3")
                .willReturn(aResponse().withStatus(200).withBody("ok")));

        HttpResponse r = transport(4, Duration.ofSeconds(2)).send(HttpRequest.get(uri("/x")));

        assertThat(r.bodyText()).isEqualTo("ok");
        assertThat(slept).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(counter.requests()).isEqualTo(3);
    }

    @Test
    void tooManyRequestsWaitsAsLongAsTheServerSays() throws Exception {
        server.stubFor(get(urlPathEqualTo("/x")).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")).willSetStateTo("2"));
        server.stubFor(get(urlPathEqualTo("/x")).inScenario("s").whenScenarioStateIs("2")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "Wed, 25 Nov 2026 00:00:30 GMT"))
                .willSetStateTo("3"));
        server.stubFor(get(urlPathEqualTo("/x")).inScenario("s").whenScenarioStateIs("3")
                .willReturn(aResponse().withStatus(200)));

        assertThat(transport(4, Duration.ofSeconds(2)).send(HttpRequest.get(uri("/x"))).status()).isEqualTo(200);
        assertThat(slept).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(30));
    }

    @Test
    void aRetryAfterBeyondTheLimitIsReturnedNotWaitedFor() throws Exception {
        server.stubFor(get(urlPathEqualTo("/x")).willReturn(aResponse().withStatus(429).withHeader("Retry-After",
                "3600")));

        assertThat(transport(4, Duration.ofSeconds(2)).send(HttpRequest.get(uri("/x"))).status()).isEqualTo(429);
        assertThat(slept).isEmpty();
    }

    @Test
    void clientErrorsAreNeverRetried() throws Exception {
        server.stubFor(get(urlPathEqualTo("/x")).willReturn(aResponse().withStatus(404)));
        server.stubFor(get(urlPathEqualTo("/y")).willReturn(aResponse().withStatus(403)));
        HttpTransport t = transport(4, Duration.ofSeconds(2));

        assertThat(t.send(HttpRequest.get(uri("/x"))).status()).isEqualTo(404);
        assertThat(t.send(HttpRequest.get(uri("/y"))).status()).isEqualTo(403);
        server.verify(1, getRequestedFor(urlPathEqualTo("/x")));
        server.verify(1, getRequestedFor(urlPathEqualTo("/y")));
    }

    @Test
    void aPostThatMayHaveBeenActedOnIsNotRepeated() throws Exception {
        server.stubFor(post(urlPathEqualTo("/p")).willReturn(aResponse().withStatus(500)));

        HttpResponse r = transport(4, Duration.ofSeconds(2)).send(HttpRequest.post(uri("/p"), "text/plain",
                new byte[] {'x'}));

        assertThat(r.status()).isEqualTo(500);
        server.verify(1, postRequestedFor(urlPathEqualTo("/p")));
    }

    @Test
    void timeoutsAndCutConnectionsAreRetriedThenReported() throws Exception {
        server.stubFor(get(urlPathEqualTo("/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(1500)));
        server.stubFor(get(urlPathEqualTo("/cut")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        HttpTransport t = transport(2, Duration.ofMillis(300));

        assertThatThrownBy(() -> t.send(HttpRequest.get(uri("/slow")))).isInstanceOf(HttpTimeoutException.class);
        server.verify(2, getRequestedFor(urlPathEqualTo("/slow")));
        assertThatThrownBy(() -> t.send(HttpRequest.get(uri("/cut")))).isInstanceOf(IOException.class)
                .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
        server.verify(2, getRequestedFor(urlPathEqualTo("/cut")));
    }

    @Test
    void aRefusedConnectionIsRetriedEvenForAPost() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        HttpTransport t = transport(3, Duration.ofSeconds(1));

        assertThatThrownBy(() -> t.send(HttpRequest.post(URI.create("http://127.0.0.1:" + closedPort + "/"),
                "text/plain", new byte[] {'x'}))).isInstanceOf(java.net.ConnectException.class);
        assertThat(counter.requests()).isEqualTo(3);
    }

    @Test
    void linkHeadersAreReadAsPatchworkWritesThem() {
        URI base = URI.create("http://h/api/1.3/patches/");
        LinkHeader l = LinkHeader.parse("<http://h/api/1.3/patches/?page=3&per_page=2&project=netdevbpf>; rel=\"next\", "
                + "<http://h/api/1.3/patches/?per_page=2&project=netdevbpf>; rel=\"prev\", "
                + "</api/1.3/patches/?page=6>; rel=last", base);

        assertThat(l.next()).isEqualTo(URI.create("http://h/api/1.3/patches/?page=3&per_page=2&project=netdevbpf"));
        assertThat(l.relations().get("last")).isEqualTo(URI.create("http://h/api/1.3/patches/?page=6"));
        assertThat(LinkHeader.parse(null, base).next()).isNull();
        assertThat(LinkHeader.parse("<http://h/x>; rel=\"first\"", base).next()).isNull();
    }
}
