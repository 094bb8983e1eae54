package io.jenkins.plugins.patchworkci.report;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.jenkins.plugins.patchworkci.check.CheckState;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpCheckPosterTest {

    private WireMockServer patchwork;
    private HttpCheckPoster poster;

    @BeforeEach
    void start() {
        patchwork = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        patchwork.start();
        poster = fast(URI.create(patchwork.baseUrl()), "secret-token");
    }

    /** A poster that pauses 10 ms, not seconds, between tries. */
    static HttpCheckPoster fast(URI server, String token) {
        return new HttpCheckPoster(server, token, java.net.http.HttpClient.newHttpClient(), java.time.Duration.ofSeconds(10),
                List.of(java.time.Duration.ofMillis(10), java.time.Duration.ofMillis(10)));
    }

    @AfterEach
    void stop() {
        patchwork.stop();
    }

    @Test
    void postsJsonAndReadsTheRecordedCreatedAnswer() throws Exception {
        patchwork.stubFor(post(urlEqualTo("/api/1.3/patches/10/checks/")).willReturn(RecordedPatchwork.created()));

        PostedCheck created = poster.post(10, new CheckPost("build_clang", CheckState.SUCCESS, "Build OK (clang)",
                "https://ci.example.invalid/run/1"));

        patchwork.verify(postRequestedFor(urlEqualTo("/api/1.3/patches/10/checks/")).withRequestBody(equalToJson(
                "{\"state\":\"success\",\"context\":\"build_clang\",\"description\":\"Build OK (clang)\","
                        + "\"target_url\":\"https://ci.example.invalid/run/1\"}")));
        assertThat(created.id()).isEqualTo(1);
        assertThat(created.url()).isEqualTo("http://127.0.0.1:8000/api/1.3/patches/10/checks/1/");
        assertThat(created.user()).isEqualTo("ci-bot");
        assertThat(created.check()).isEqualTo(new CheckPost("build_clang", CheckState.SUCCESS, "Build OK (clang)",
                "https://ci.example.invalid/run/1"));
    }

    @Test
    void listsTheRecordedChecksNullsIncluded() throws Exception {
        patchwork.stubFor(get(urlPathEqualTo("/api/1.3/patches/10/checks/"))
                .willReturn(RecordedPatchwork.json(200, RecordedPatchwork.text("checks-list.json"))));

        List<PostedCheck> checks = poster.list(10);

        assertThat(checks).extracting(c -> c.check().context() + "=" + c.check().state().apiName())
                .containsExactly("build_clang=success", "checkpatch=warning", "selftests=fail", "default=success");
        assertThat(checks.get(1).check().targetUrl()).isNull();
        assertThat(checks.get(3).check().description()).isEmpty();
        assertThat(checks).allMatch(c -> "ci-bot".equals(c.user()));
    }

    @Test
    void followsNextPagesOnItsOwnServerOnly() throws Exception {
        String one = RecordedPatchwork.text("checks-list.json");
        patchwork.stubFor(get(urlEqualTo("/api/1.3/patches/10/checks/?per_page=250")).willReturn(
                RecordedPatchwork.json(200, one).withHeader("Link",
                        "<" + patchwork.baseUrl() + "/api/1.3/patches/10/checks/?page=2&per_page=250>; rel=\"next\"")));
        patchwork.stubFor(get(urlEqualTo("/api/1.3/patches/10/checks/?page=2&per_page=250")).willReturn(
                RecordedPatchwork.json(200, "[" + RecordedPatchwork.text("check-detail.json") + "]")));
        patchwork.stubFor(get(urlEqualTo("/api/1.3/patches/11/checks/?per_page=250")).willReturn(
                RecordedPatchwork.json(200, one).withHeader("Link", "<https://elsewhere.example/x>; rel=\"next\"")));

        assertThat(poster.list(10)).hasSize(5);
        assertThatThrownBy(() -> poster.list(11)).isInstanceOf(IOException.class).hasMessageContaining("elsewhere.example");
    }

    @Test
    void aBadTokenIsA403ThatNamesWhatIsNeeded() {
        patchwork.stubFor(post(urlEqualTo("/api/1.3/patches/10/checks/"))
                .willReturn(RecordedPatchwork.json(403, "{\"detail\": \"Invalid token.\"}")));

        assertThatThrownBy(() -> poster.post(10, new CheckPost("x", CheckState.PENDING, "", null)))
                .isInstanceOfSatisfying(CheckPostException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.isPermission()).isTrue();
                    assertThat(e.getMessage()).contains("Invalid token.", "maintainer of the project", "delegate");
                });
    }

    @Test
    void anUnreachableServerIsAnIOException() throws Exception {
        int port = patchwork.port();
        patchwork.stop();

        assertThatThrownBy(() -> fast(URI.create("http://127.0.0.1:" + port), "t")
                .post(1, new CheckPost("x", CheckState.PENDING, "", null))).isInstanceOf(IOException.class)
                .hasMessageContaining("cannot be reached");
    }

    @Test
    void aBusyServerIsTriedAgain() throws Exception {
        String busy = "busy";
        patchwork.stubFor(post(urlEqualTo("/api/1.3/patches/10/checks/")).inScenario(busy)
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(RecordedPatchwork.json(503, "{}")).willSetStateTo("up"));
        patchwork.stubFor(post(urlEqualTo("/api/1.3/patches/10/checks/")).inScenario(busy).whenScenarioStateIs("up")
                .willReturn(RecordedPatchwork.created()));

        PostedCheck created = poster.post(10, new CheckPost("build_clang", CheckState.SUCCESS, "ok", null));

        assertThat(created.id()).isEqualTo(1);
        patchwork.verify(2, postRequestedFor(urlEqualTo("/api/1.3/patches/10/checks/")));
    }

    @Test
    void aServerThatStaysBusyIsAnErrorAfterThreeTries() {
        patchwork.stubFor(post(urlEqualTo("/api/1.3/patches/10/checks/")).willReturn(RecordedPatchwork.json(503, "{}")));

        assertThatThrownBy(() -> poster.post(10, new CheckPost("x", CheckState.PENDING, "", null)))
                .isInstanceOf(CheckPostException.class).hasMessageContaining("HTTP 503");
        patchwork.verify(3, postRequestedFor(urlEqualTo("/api/1.3/patches/10/checks/")));
    }

    @Test
    void tokensCannotCarryHeaderBreaks() {
        assertThatThrownBy(() -> new HttpCheckPoster(URI.create("http://x"), "abc\r\nX-Evil: 1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
