package io.jenkins.plugins.patchworkci.patchwork;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.jenkins.plugins.patchworkci.http.HttpRequest;
import io.jenkins.plugins.patchworkci.http.RetryPolicy;
import io.jenkins.plugins.patchworkci.testsupport.StubbedPatchwork;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The API token appears in no toString, exception (message or stack trace) or log record. */
class TokenSecrecyTest {

    private static final String SECRET = "f00dfacecafe0123456789abcdef0123456789ab";

    @RegisterExtension
    static final StubbedPatchwork pw = new StubbedPatchwork();
    private static final PatchworkTestClients clients = new PatchworkTestClients(pw.base());
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        private final SimpleFormatter format = new SimpleFormatter();

        @Override
        public void publish(LogRecord r) {
            logged.add(format.format(r));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previous;

    @BeforeEach
    void start() {
        Logger root = Logger.getLogger("io.jenkins.plugins.patchworkci");
        previous = root.getLevel();
        root.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger root = Logger.getLogger("io.jenkins.plugins.patchworkci");
        root.removeHandler(capture);
        root.setLevel(previous);
    }

    @Test
    void theTokenIsNeverShown() throws Exception {
        ApiToken token = ApiToken.of(SECRET);
        pw.basics();
        // a retried 500, so the retry path logs; then a refused token
        pw.stub(get(urlPathEqualTo("/api/1.3/series/6/")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("oops")).willSetStateTo("up"));
        pw.stub(get(urlPathEqualTo("/api/1.3/series/6/")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(403).withBody("{\"detail\": \"Invalid token.\"}")));
        PatchworkClient client = clients.client(token, new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5),
                Duration.ofSeconds(1)));

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> client.series(6));

        assertThat(thrown).isInstanceOf(PatchworkPermissionException.class).hasMessageContaining("Invalid token.");
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        HttpRequest withAuth = HttpRequest.get(URI.create("http://example.invalid/"))
                .withHeader("Authorization", "Token " + SECRET);
        assertThat(logged).as("the retry was logged").isNotEmpty();
        assertThat(List.of(trace.toString(), client.toString(), token.toString(), withAuth.toString(),
                String.join("\n", logged))).allSatisfy(text -> assertThat(text).doesNotContain(SECRET)
                .doesNotContain(SECRET.substring(0, 12)));
    }

    @Test
    void aMalformedTokenIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> ApiToken.of("abc def" + SECRET)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
    }
}
