package io.jenkins.plugins.patchworkci.report;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.jenkins.plugins.patchworkci.http.HttpSettings;
import io.jenkins.plugins.patchworkci.http.HttpTransport;
import io.jenkins.plugins.patchworkci.http.JdkHttpTransport;
import io.jenkins.plugins.patchworkci.http.RetryPolicy;
import io.jenkins.plugins.patchworkci.http.RetryingTransport;
import io.jenkins.plugins.patchworkci.patchwork.ApiToken;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.testsupport.PatchworkRecordings;
import io.jenkins.plugins.patchworkci.testsupport.RecordedPatchwork;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * The recorded Patchwork answers of test-support's {@link PatchworkRecordings} as WireMock answers, for the
 * tests that stub Patchwork answer by answer ({@link PatchworkReporterTest}), and a client of test-support's
 * {@link RecordedPatchwork}, the server that keeps checks, for the exactly-once tests.
 */
final class RecordedAnswers {

    private RecordedAnswers() {}

    /** The recorded body of the 201 answer to a check post (the first line of check-post-response.txt). */
    static String createdBody() {
        return PatchworkRecordings.text("check-post-response.txt").lines().findFirst().orElseThrow();
    }

    /** The recorded 201 answer to a check post: status, headers (Location included) and body. */
    static ResponseDefinitionBuilder created() {
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

    /** The recorded API 1.3 index (test-support's {@link PatchworkRecordings}), as if {@code origin} had answered it. */
    static String apiIndex(String origin) {
        return PatchworkRecordings.text("api-1.3-index.json", origin);
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** How long a client waits for an answer: test-support's late answers come after it. */
    static final Duration CLIENT_TIMEOUT = Duration.ofMillis(700);

    /** One HTTP client for all: starting a JDK client per simulated restart costs more than the test. */
    private static final HttpTransport TRANSPORT = new RetryingTransport(new JdkHttpTransport(HttpSettings.defaults()
            .withTimeouts(Duration.ofSeconds(2), CLIENT_TIMEOUT)), RetryPolicy.defaults(), d -> { }, Clock.systemUTC());

    /**
     * A client of test-support's {@link RecordedPatchwork} (which keeps the checks posted to it and can
     * lose a post's answer) as {@code pwci run} makes one, with the production retry policy (pauses
     * skipped) and a short response timeout.
     */
    static PatchworkClient client(RecordedPatchwork server, String token) {
        return new PatchworkClient(URI.create(server.origin() + "/"), TRANSPORT, ApiToken.of(token));
    }
}
