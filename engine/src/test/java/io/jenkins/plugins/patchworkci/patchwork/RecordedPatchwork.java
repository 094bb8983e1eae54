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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A WireMock server on loopback that answers with the recorded Patchwork 3.1 responses in
 * {@code src/test/resources/patchwork/}, their recording origin replaced by its own.
 */
final class RecordedPatchwork implements AutoCloseable {

    static final String RECORDED_ORIGIN = "http://127.0.0.1:8000";

    final WireMockServer server;
    /** Counts every attempt that reaches the network, under the retries. */
    CountingTransport counter;

    RecordedPatchwork() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
    }

    String origin() {
        return "http://127.0.0.1:" + server.port();
    }

    URI base() {
        return URI.create(origin() + "/");
    }

    /** A recorded file, served as if this server had recorded it. */
    String recorded(String name) {
        try (InputStream in = RecordedPatchwork.class.getResourceAsStream("/patchwork/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(RECORDED_ORIGIN, origin());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    PatchworkClient client(ApiToken token) {
        return client(token, RetryPolicy.none());
    }

    PatchworkClient client(ApiToken token, RetryPolicy retry) {
        return new PatchworkClient(base(), transport(retry), token);
    }

    /** Retries over a request counter over the JDK client with short timeouts. */
    HttpTransport transport(RetryPolicy retry) {
        HttpSettings settings = HttpSettings.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
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
