package io.jenkins.plugins.patchworkci.patchwork;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.patchworkci.testsupport.StubbedPatchwork;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The connection probe against recorded Patchwork 3.1 answers, and against misconfigured servers, over HTTP. */
class PatchworkProbeTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef01234567";
    private static final ApiToken TOKEN = ApiToken.of(SECRET);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @RegisterExtension
    static final StubbedPatchwork pw = new StubbedPatchwork();

    private static URI apiRoot() {
        return pw.base().resolve("api/");
    }

    private static PatchworkProbe.Outcome probe(ApiToken token) throws InterruptedException {
        return new PatchworkProbe(HttpClient.newBuilder(), TIMEOUT).probe(apiRoot(), token);
    }

    @Test
    void reportsAWorkingServerAndSendsTheTokenAsPatchworkExpects() throws Exception {
        pw.recordedJson("/api/1.3/", "api-1.3-index.json");

        PatchworkProbe.Outcome outcome = probe(TOKEN);

        assertThat(outcome.ok()).as(outcome.message()).isTrue();
        assertThat(outcome.message()).contains("/api/1.3/", "API 1.3", "accepted the token").doesNotContain(SECRET);
        pw.server.verify(1, getRequestedFor(urlPathEqualTo("/api/1.3/"))
                .withHeader("Authorization", equalTo("Token " + SECRET)));
    }

    @Test
    void acceptsAnOlderApiThatTheClientSpeaks() throws Exception {
        pw.stub(get(urlPathEqualTo("/api/1.3/")).willReturn(aResponse().withStatus(404)));
        pw.stub(get(urlPathEqualTo("/api/1.2/")).willReturn(aResponse().withStatus(200)
                .withBody(pw.recorded("api-1.3-index.json").replace("/api/1.3/", "/api/1.2/"))));

        PatchworkProbe.Outcome outcome = probe(TOKEN);

        assertThat(outcome.ok()).as(outcome.message()).isTrue();
        assertThat(outcome.message()).contains("/api/1.2/", "API 1.2");
    }

    @Test
    void probesBelowAnApiRootThatIsNotAtTheServerRoot() throws Exception {
        pw.stub(get(urlPathEqualTo("/pw/api/1.3/")).willReturn(aResponse().withStatus(200)
                .withBody(pw.recorded("api-1.3-index.json"))));

        PatchworkProbe.Outcome outcome = new PatchworkProbe(HttpClient.newBuilder(), TIMEOUT)
                .probe(pw.base().resolve("pw/api/"), null);

        assertThat(outcome.ok()).as(outcome.message()).isTrue();
        assertThat(outcome.message()).contains("/pw/api/1.3/");
    }

    @Test
    void sendsNoAuthorizationWithoutAToken() throws Exception {
        pw.recordedJson("/api/1.3/", "api-1.3-index.json");

        PatchworkProbe.Outcome outcome = probe(null);

        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.message()).contains("no credential selected");
        pw.server.verify(1, getRequestedFor(urlPathEqualTo("/api/1.3/")).withHeader("Authorization", absent()));
    }

    @Test
    void reportsARefusedToken() throws Exception {
        for (int status : new int[] {401, 403}) {
            pw.stub(get(anyUrl()).willReturn(aResponse().withStatus(status)
                    .withBody("{\"detail\": \"Invalid token.\"}")));

            PatchworkProbe.Outcome outcome = probe(TOKEN);

            assertThat(outcome.ok()).isFalse();
            assertThat(outcome.message()).contains("/api/1.3/", "HTTP " + status, "check the API token")
                    .doesNotContain(SECRET);
        }
    }

    @Test
    void reportsAServerWithoutAnyApiTheClientSpeaks() throws Exception {
        pw.stub(get(anyUrl()).willReturn(aResponse().withStatus(404).withBody("{\"detail\": \"Not found.\"}")));

        PatchworkProbe.Outcome outcome = probe(null);

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.message()).contains("HTTP 404", "1.1 to 1.3", "API root");
    }

    @Test
    void reportsA200ThatIsNotAnApiIndex() throws Exception {
        pw.stub(get(anyUrl()).willReturn(aResponse().withStatus(200)
                .withBody("<html><body>Patchwork project list</body></html>")));

        PatchworkProbe.Outcome outcome = probe(null);

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.message()).contains("/api/1.3/", "not with a Patchwork API index");
    }

    @Test
    void neverFollowsARedirectSoTheTokenStaysWithTheGivenUrl() throws Exception {
        String target = pw.origin() + "/elsewhere/api/1.3/";
        pw.stub(get(urlPathEqualTo("/api/1.3/")).willReturn(aResponse().withStatus(302).withHeader("Location", target)));
        pw.stub(get(urlPathEqualTo("/elsewhere/api/1.3/")).willReturn(aResponse().withStatus(200)
                .withBody(pw.recorded("api-1.3-index.json"))));

        PatchworkProbe.Outcome outcome = probe(TOKEN);

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.message()).contains("HTTP 302", target).doesNotContain(SECRET);
        pw.server.verify(0, getRequestedFor(urlPathEqualTo("/elsewhere/api/1.3/")));
    }

    @Test
    void reportsAServerThatDoesNotAnswerInTime() throws Exception {
        pw.stub(get(anyUrl()).willReturn(aResponse().withStatus(200).withFixedDelay(3_000)
                .withBody(pw.recorded("api-1.3-index.json"))));

        PatchworkProbe.Outcome outcome = new PatchworkProbe(HttpClient.newBuilder(), Duration.ofMillis(300))
                .probe(apiRoot(), TOKEN);

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.message()).contains("/api/1.3/", "did not answer within 300 ms");
    }

    @Test
    void reportsAnUnreachableServer() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        URI closed = URI.create("http://127.0.0.1:" + port + "/api/");

        PatchworkProbe.Outcome outcome = new PatchworkProbe(HttpClient.newBuilder(), TIMEOUT).probe(closed, TOKEN);

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.message()).startsWith("Could not reach http://127.0.0.1:" + port + "/api/1.3/")
                .doesNotContain(SECRET);
    }

    @Test
    void honoursInterruption() {
        pw.stub(get(anyUrl()).willReturn(aResponse().withStatus(200).withFixedDelay(3_000).withBody("{}")));
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> probe(TOKEN)).isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
    }
}
