package io.jenkins.plugins.patchworkci.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one place the transport stack is assembled: from settings alone (cli, service) and from a caller's
 * client builder (Jenkins, whose builder carries its proxy), observed from the server side.
 */
class HttpTransportsTest {

    private static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(10),
            Duration.ZERO);

    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(get(urlPathEqualTo("/moved")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "/here")));
        server.stubFor(get(urlPathEqualTo("/here")).willReturn(aResponse().withBody("here")));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aCallersBuilderGetsTheSettingsUserAgentAndRetries() throws Exception {
        server.stubFor(get(urlPathEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        server.stubFor(get(urlPathEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withBody("up")));
        HttpTransport t = HttpTransports.standard(HttpClient.newBuilder(),
                HttpSettings.defaults().withUserAgent("pwci-jenkins-test/1.0").withRetry(QUICK));

        HttpResponse r = t.send(HttpRequest.get(at("/flaky")));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.bodyText()).isEqualTo("up");
        server.verify(2, getRequestedFor(urlPathEqualTo("/flaky"))
                .withHeader("User-Agent", equalTo("pwci-jenkins-test/1.0")));
    }

    @Test
    void aCallersBuilderKeepsItsRedirectPolicySettingsAloneFollowRedirects() throws Exception {
        HttpSettings settings = HttpSettings.defaults().withRetry(QUICK);

        // Jenkins' builder, like the JDK's, follows no redirect: the token stays with the configured host
        HttpResponse kept = HttpTransports.standard(HttpClient.newBuilder(), settings).send(HttpRequest.get(at("/moved")));
        HttpResponse followed = HttpTransports.standard(settings).send(HttpRequest.get(at("/moved")));

        assertThat(kept.status()).isEqualTo(302);
        assertThat(followed.status()).isEqualTo(200);
        assertThat(followed.bodyText()).isEqualTo("here");
    }

    private URI at(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
