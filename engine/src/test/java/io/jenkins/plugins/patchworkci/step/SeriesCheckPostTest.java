package io.jenkins.plugins.patchworkci.step;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.http.HttpSettings;
import io.jenkins.plugins.patchworkci.http.JdkHttpTransport;
import io.jenkins.plugins.patchworkci.patchwork.ApiToken;
import io.jenkins.plugins.patchworkci.patchwork.NewCheck;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkTestClients;
import io.jenkins.plugins.patchworkci.testsupport.StubbedPatchwork;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The automatic build check over real HTTP: every patch is tried, refusals are reported, nothing raises. */
class SeriesCheckPostTest {

    private static final ApiToken TOKEN = ApiToken.of("0123456789abcdef0123456789abcdef01234567");
    private static final String URL = "https://ci.example.org/job/p/job/net-next-3f2a9c0b1d4e/12/";

    @RegisterExtension
    static final StubbedPatchwork pw = new StubbedPatchwork();
    private static final PatchworkTestClients clients = new PatchworkTestClients(pw.base(), Duration.ofSeconds(5));

    @BeforeEach
    void start() {
        pw.basics();
    }

    private void accepts(long patch) {
        pw.server.stubFor(post(urlPathEqualTo("/api/1.3/patches/" + patch + "/checks/")).willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(pw.recorded("check-post-response.txt").lines().findFirst().orElseThrow())));
    }

    @Test
    void postsTheBuildStatusOnEveryPatchInOrder() throws Exception {
        List.of(10L, 11L, 12L).forEach(this::accepts);
        NewCheck pending = new BuildStatusCheck("jenkins").started("#12", URL);

        SeriesCheckPost.Result r = new SeriesCheckPost(clients.client(TOKEN), List.of(10L, 11L, 12L), pending).call();

        assertThat(r.complete()).isTrue();
        assertThat(r.posted()).containsExactly(10L, 11L, 12L);
        for (long id : List.of(10L, 11L, 12L)) {
            pw.server.verify(postRequestedFor(urlPathEqualTo("/api/1.3/patches/" + id + "/checks/"))
                    .withHeader("Authorization", equalTo("Token " + "0123456789abcdef0123456789abcdef01234567"))
                    .withRequestBody(equalToJson("{\"state\":\"pending\",\"context\":\"jenkins\",\"target_url\":\""
                            + URL + "\",\"description\":\"build #12 running\"}")));
        }
        assertThat(r.lines()).containsExactly("Patchwork check jenkins=pending posted on patches 10, 11, 12");
    }

    @Test
    void aRefusedPatchIsReportedAndTheOthersStillGetTheirCheck() throws Exception {
        accepts(10);
        pw.server.stubFor(post(urlPathEqualTo("/api/1.3/patches/11/checks/")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"detail\": \"You do not have permission to perform this action.\"}")));
        accepts(12);
        NewCheck done = new BuildStatusCheck("jenkins").completed("#12", BuildOutcome.FAILURE, URL, null);

        SeriesCheckPost.Result r = new SeriesCheckPost(clients.client(TOKEN), List.of(10L, 11L, 12L), done).call();

        assertThat(r.complete()).isFalse();
        assertThat(r.posted()).containsExactly(10L, 12L);
        assertThat(r.failed()).containsOnlyKeys(11L);
        assertThat(r.failed().get(11L)).contains("You do not have permission");
        assertThat(r.lines()).hasSize(2).last().asString()
                .startsWith("Patchwork check jenkins=fail NOT posted on patch 11: ");
        pw.server.verify(postRequestedFor(urlPathEqualTo("/api/1.3/patches/12/checks/")));
    }

    @Test
    void anUnreachableServerIsTriedOnceAndEveryPatchReportedNotRaised() throws Exception {
        PatchworkClient down = new PatchworkClient(URI.create("http://127.0.0.1:1/"), new JdkHttpTransport(
                HttpSettings.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))), TOKEN);

        SeriesCheckPost.Result r = new SeriesCheckPost(down, List.of(10L, 11L, 12L),
                new BuildStatusCheck("jenkins").started("#1", null)).call();

        assertThat(r.posted()).isEmpty();
        assertThat(r.failed()).containsOnlyKeys(10L, 11L, 12L);
        assertThat(r.failed().get(11L)).isEqualTo("not tried: Patchwork did not answer for patch 10");
        assertThat(r.failed().get(12L)).isEqualTo(r.failed().get(11L));
    }

    @Test
    void aServerErrorStopsTheRestButARefusalDoesNot() throws Exception {
        pw.server.stubFor(post(urlPathEqualTo("/api/1.3/patches/10/checks/")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"description\": [\"too long\"]}")));
        pw.server.stubFor(post(urlPathEqualTo("/api/1.3/patches/11/checks/")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "text/plain").withBody("maintenance")));
        accepts(12);

        SeriesCheckPost.Result r = new SeriesCheckPost(clients.client(TOKEN), List.of(10L, 11L, 12L),
                new BuildStatusCheck("jenkins").started("#1", URL)).call();

        assertThat(r.posted()).isEmpty();
        assertThat(r.failed()).containsOnlyKeys(10L, 11L, 12L);
        assertThat(r.failed().get(12L)).startsWith("not tried: ");
        pw.server.verify(postRequestedFor(urlPathEqualTo("/api/1.3/patches/11/checks/")));
        pw.server.verify(0, postRequestedFor(urlPathEqualTo("/api/1.3/patches/12/checks/")));
    }

    @Test
    void withoutATokenNothingIsSentAndTheReasonIsGiven() throws Exception {
        SeriesCheckPost.Result r = new SeriesCheckPost(clients.client(null), List.of(10L),
                new BuildStatusCheck("jenkins").started("#1", URL)).call();

        assertThat(r.failed().get(10L)).contains("token");
        pw.server.verify(0, postRequestedFor(urlPathEqualTo("/api/1.3/patches/10/checks/")));
    }
}
