package io.jenkins.plugins.patchworkci.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The configurable parts of the JDK transport, observed from the server side. */
class JdkHttpTransportTest {

    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void sendsTheConfiguredUserAgentAndReturnsEveryStatus() throws Exception {
        server.stubFor(get(urlPathEqualTo("/gone")).willReturn(aResponse().withStatus(410).withBody("gone")));
        HttpTransport t = new JdkHttpTransport(HttpSettings.defaults().withUserAgent("pwci-test/1.0"));

        HttpResponse r = t.send(HttpRequest.get(URI.create("http://127.0.0.1:" + server.port() + "/gone")));

        assertThat(r.status()).isEqualTo(410);
        assertThat(r.bodyText()).isEqualTo("gone");
        server.verify(getRequestedFor(urlPathEqualTo("/gone")).withHeader("User-Agent", equalTo("pwci-test/1.0")));
    }

    @Test
    void aConfiguredProxyCarriesTheRequest() throws Exception {
        // the test server plays the proxy: a request for an unresolvable host reaches it as a proxy request
        server.stubFor(get(urlPathEqualTo("/api/1.3/")).willReturn(aResponse().withBody("via proxy")));
        HttpTransport t = new JdkHttpTransport(HttpSettings.defaults()
                .withProxy(InetSocketAddress.createUnresolved("127.0.0.1", server.port())));

        HttpResponse r = t.send(HttpRequest.get(URI.create("http://patchwork.example.invalid/api/1.3/")));

        assertThat(r.bodyText()).isEqualTo("via proxy");
        server.verify(getRequestedFor(urlPathEqualTo("/api/1.3/"))
                .withHeader("Host", equalTo("patchwork.example.invalid")));
    }

    @Test
    void settingsRefuseWhatCannotWork() {
        assertThatThrownBy(() -> HttpSettings.defaults().withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> HttpSettings.defaults().withUserAgent("a\r\nX-Injected: 1"))
                .hasMessageContaining("single line");
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO))
                .hasMessageContaining("maxAttempts");
        assertThat(RetryPolicy.defaults().backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(RetryPolicy.defaults().backoff(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(RetryPolicy.defaults().backoff(40)).isEqualTo(Duration.ofSeconds(30));
    }
}
