package io.jenkins.plugins.patchworkci.report;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.http.HttpSettings;
import io.jenkins.plugins.patchworkci.http.JdkHttpTransport;
import io.jenkins.plugins.patchworkci.patchwork.ApiToken;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.testsupport.PatchworkRecordings;
import io.jenkins.plugins.patchworkci.testsupport.SettableClock;
import io.jenkins.plugins.patchworkci.testsupport.StubbedPatchwork;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Patchwork reporter, through the poster {@code pwci run} uses (the Patchwork client, no
 * retries here), against WireMock serving a real Patchwork 3.1's recorded answers.
 */
class PatchworkReporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";
    private static final String CHECKS = "/api/1.3/patches/[0-9]+/checks/";

    @TempDir
    Path dir;

    @RegisterExtension
    static final StubbedPatchwork pw = new StubbedPatchwork();
    private static final WireMockServer patchwork = pw.server;
    private SettableClock clock;

    @BeforeEach
    void start() {
        patchwork.stubFor(post(urlPathMatching(CHECKS)).willReturn(StubbedPatchwork.created()));
        pw.recordedJson("/api/1.3/", "api-1.3-index.json");
        clock = new SettableClock(Instant.parse("2026-11-25T01:00:00Z"));
    }

    private PatchworkReporter reporter(ContextNaming naming, String botUser) throws IOException {
        PatchworkClient client = new PatchworkClient(pw.base(),
                new JdkHttpTransport(HttpSettings.defaults().withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(10))),
                ApiToken.of(TOKEN));
        return new PatchworkReporter(new ClientCheckPoster(client),
                CheckLedger.open(dir.resolve("ledger.json")),
                new PatchworkReporter.Settings(URI.create("https://ci.example.org/pwci"), naming,
                        Duration.ofHours(6), botUser), clock);
    }

    private List<JsonNode> posted() {
        return patchwork.findAll(postRequestedFor(urlPathMatching(CHECKS))).stream().map(r -> {
            try {
                return (JsonNode) ((com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(r.getBodyAsString()))
                        .put("patch", r.getUrl().split("/")[4]);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void pendingForEveryExpectedCheckThenTheFinalStatesWithTokenAndPublicLinks() throws Exception {
        PatchworkReporter reporter = reporter(ContextNaming.CHECK, null);
        Run run = SampleRuns.finished();

        List<PostOutcome> start = reporter.started(run);

        assertThat(start).hasSize(15).allMatch(o -> o.action() == PostOutcome.Action.POSTED);
        assertThat(posted()).hasSize(15).allMatch(b -> b.get("state").asText().equals("pending"));
        assertThat(posted()).extracting(b -> b.get("patch").asText() + ":" + b.get("context").asText())
                .contains("9:tree_selection", "10:build_clang", "11:selftests");
        List<LoggedRequest> requests = patchwork.findAll(postRequestedFor(urlPathMatching(CHECKS)));
        assertThat(requests).allMatch(r -> r.getHeader("Authorization").equals("Token " + TOKEN))
                .allMatch(r -> r.getHeader("Content-Type").startsWith("application/json"));

        patchwork.resetRequests();
        List<PostOutcome> end = reporter.finished(run);

        assertThat(end).hasSize(15).allMatch(o -> o.action() == PostOutcome.Action.POSTED);
        Map<String, JsonNode> byKey = posted().stream()
                .collect(Collectors.toMap(b -> b.get("patch").asText() + ":" + b.get("context").asText(), b -> b));
        assertThat(byKey.get("10:checkpatch").get("state").asText()).isEqualTo("warning");
        assertThat(byKey.get("10:checkpatch").get("description").asText())
                .isEqualTo("WARNING: line length of 102 exceeds 100 columns");
        assertThat(byKey.get("10:checkpatch").get("target_url").asText())
                .isEqualTo("https://ci.example.org/pwci/netdevbpf/6/1/#patch-2");
        // The series verdict (selftests fail) is on every patch.
        assertThat(List.of("9", "10", "11")).allSatisfy(p ->
                assertThat(byKey.get(p + ":selftests").get("state").asText()).isEqualTo("fail"));
    }

    @Test
    void anUnchangedPostIsSkippedEvenAfterARestart() throws Exception {
        Run run = SampleRuns.finished();
        reporter(ContextNaming.CHECK, null).finished(run);
        patchwork.resetRequests();

        List<PostOutcome> again = reporter(ContextNaming.CHECK, null).finished(run);

        assertThat(again).hasSize(15).allMatch(o -> o.action() == PostOutcome.Action.UNCHANGED);
        assertThat(posted()).isEmpty();
    }

    @Test
    void aFinalStateIsNeverReplacedByPending() throws Exception {
        Run run = SampleRuns.finished();
        reporter(ContextNaming.CHECK, null).finished(run);
        patchwork.resetRequests();

        List<PostOutcome> rerun = reporter(ContextNaming.CHECK, null).started(run);

        assertThat(rerun).allMatch(o -> o.action() == PostOutcome.Action.KEPT_FINAL);
        assertThat(posted()).isEmpty();
    }

    @Test
    void aChangedFinalStateIsPosted() throws Exception {
        Run run = SampleRuns.finished();
        reporter(ContextNaming.CHECK, null).finished(run);
        patchwork.resetRequests();
        Run fixed = run.withResults(run.results(), List.of(
                new SeriesCheckResult("tree_selection", CheckState.SUCCESS, run.plan().summary(), ""),
                new SeriesCheckResult("selftests", CheckState.SUCCESS, "all tests passed", "")));

        List<PostOutcome> outcomes = reporter(ContextNaming.CHECK, null).finished(fixed);

        assertThat(outcomes).filteredOn(o -> o.action() == PostOutcome.Action.POSTED)
                .extracting(o -> o.check().context()).containsExactly("selftests", "selftests", "selftests");
    }

    /**
     * A run stopped because a newer version arrived settles the pending checks it posted, once, as
     * warnings naming the newer version; nothing else is posted, and they never time out as fail.
     */
    @Test
    void aStoppedRunSettlesItsPendingChecksOnceAndNeverTimesOut() throws Exception {
        Run run = SampleRuns.finished();
        reporter(ContextNaming.CHECK, null).started(run);
        patchwork.resetRequests();

        List<PostOutcome> stopped = reporter(ContextNaming.CHECK, null).stopped(run.series(), "superseded by [v2] x");

        assertThat(stopped).hasSize(15).allMatch(o -> o.action() == PostOutcome.Action.POSTED);
        assertThat(posted()).hasSize(15).allSatisfy(b -> {
            assertThat(b.get("state").asText()).isEqualTo("warning");
            assertThat(b.get("description").asText()).isEqualTo("not tested: stopped, superseded by [v2] x");
        });
        patchwork.resetRequests();
        assertThat(reporter(ContextNaming.CHECK, null).stopped(run.series(), "superseded by [v2] x")).isEmpty();
        clock.advance(Duration.ofHours(7));
        assertThat(reporter(ContextNaming.CHECK, null).expire()).isEmpty();
        assertThat(posted()).isEmpty();
    }

    @Test
    void aPendingThatOutlivesTheLimitFailsAsTimedOut() throws Exception {
        PatchworkReporter reporter = reporter(ContextNaming.CHECK, null);
        reporter.started(SampleRuns.finished());
        patchwork.resetRequests();

        clock.advance(Duration.ofHours(5));
        assertThat(reporter.expire()).isEmpty();

        clock.advance(Duration.ofHours(2));
        List<PostOutcome> expired = reporter(ContextNaming.CHECK, null).expire();

        assertThat(expired).hasSize(15).allMatch(o -> o.action() == PostOutcome.Action.POSTED);
        assertThat(posted()).hasSize(15).allSatisfy(b -> {
            assertThat(b.get("state").asText()).isEqualTo("fail");
            assertThat(b.get("description").asText()).startsWith("timed out: no result within 6h");
            assertThat(b.get("target_url").asText()).startsWith("https://ci.example.org/pwci/netdevbpf/6/1/#patch-");
        });
        assertThat(reporter(ContextNaming.CHECK, null).expire()).isEmpty();
    }

    @Test
    void aRefusalForPermissionSaysAMaintainerOrDelegateIsNeededAndStopsTheBatch() throws Exception {
        patchwork.stubFor(post(urlPathMatching(CHECKS)).willReturn(StubbedPatchwork.jsonAnswer(403,
                "{\"detail\":\"You do not have permission to perform this action.\"}")));

        List<PostOutcome> outcomes = reporter(ContextNaming.CHECK, null).started(SampleRuns.finished());

        assertThat(outcomes).hasSize(15).allMatch(o -> o.action() == PostOutcome.Action.FAILED);
        assertThat(outcomes.get(0).detail()).contains("HTTP 403", "You do not have permission", "maintainer",
                "delegate");
        assertThat(outcomes.get(1).detail()).startsWith("not tried: ");
        assertThat(posted()).hasSize(1);
    }

    @Test
    void aBadRequestCarriesPatchworksWordsAndTheRestGoOn() throws Exception {
        patchwork.stubFor(post(urlPathEqualTo("/api/1.3/patches/10/checks/"))
                .withRequestBody(matchingJsonPath("$.state", equalTo("pending")))
                .willReturn(StubbedPatchwork.jsonAnswer(400, "{\"state\":[\"\\\"pending\\\" is not a valid choice.\"]}")));

        List<PostOutcome> outcomes = reporter(ContextNaming.CHECK, null).started(SampleRuns.finished());

        assertThat(outcomes).filteredOn(o -> o.action() == PostOutcome.Action.FAILED).hasSize(5)
                .allSatisfy(o -> assertThat(o.detail()).contains("HTTP 400", "is not a valid choice",
                        "did not accept"));
        assertThat(outcomes).filteredOn(o -> o.action() == PostOutcome.Action.POSTED).hasSize(10);
    }

    @Test
    void anEmptyLedgerIsSeededFromTheBotsChecksOnTheServer() throws Exception {
        patchwork.stubFor(get(urlPathMatching(CHECKS)).willReturn(StubbedPatchwork.jsonAnswer(200, "[]")));
        patchwork.stubFor(get(urlPathEqualTo("/api/1.3/patches/10/checks/"))
                .willReturn(StubbedPatchwork.jsonAnswer(200, PatchworkRecordings.text("checks-list.json"))));

        List<PostOutcome> outcomes = reporter(ContextNaming.CHECK, "ci-bot").started(SampleRuns.finished());

        // The recorded patch 10 has build_clang success, checkpatch warning, selftests fail from ci-bot.
        assertThat(outcomes).filteredOn(o -> o.patchId() == 10 && o.action() == PostOutcome.Action.KEPT_FINAL)
                .extracting(o -> o.check().context()).containsExactlyInAnyOrder("build_clang", "checkpatch", "selftests");
        assertThat(outcomes).filteredOn(o -> o.action() == PostOutcome.Action.POSTED).hasSize(12);
        patchwork.verify(1, getRequestedFor(urlPathEqualTo("/api/1.3/patches/10/checks/")));
    }

    @Test
    void aListThatCannotBeReadDoesNotStopThePosts() throws Exception {
        patchwork.stubFor(get(urlPathMatching(CHECKS)).willReturn(StubbedPatchwork.jsonAnswer(500, "oops")));

        List<PostOutcome> outcomes = reporter(ContextNaming.CHECK, "ci-bot").started(SampleRuns.finished());

        assertThat(outcomes).hasSize(15).allMatch(o -> o.action() == PostOutcome.Action.POSTED);
        // One list per patch, not one per post.
        patchwork.verify(3, getRequestedFor(urlPathMatching(CHECKS)));
    }

    @Test
    void contextsCarryTheTreeWhenOneUserTestsSeveralTrees() throws Exception {
        reporter(ContextNaming.CHECK_AND_TREE, null).started(SampleRuns.finished());

        assertThat(posted()).extracting(b -> b.get("context").asText()).contains("build_clang-net-next",
                "tree_selection-net-next");
        assertThat(ContextNaming.CHECK_AND_TREE.context("build_gcc", "linux-6.1.y")).isEqualTo("build_gcc-linux-6_1_y");
        assertThat(ContextNaming.CHECK_AND_TREE.context("build_gcc", null)).isEqualTo("build_gcc");
        assertThat(ContextNaming.CHECK.context("build_gcc", "net")).isEqualTo("build_gcc");
    }

    @Test
    void patchesPatchworkDoesNotKnowGetNothing() throws Exception {
        Run run = SampleRuns.finished();
        List<ReportedPatch> patches = run.series().patches().stream()
                .map(p -> new ReportedPatch(p.number(), p.mail(), null, null)).toList();
        ReportedSeries s = run.series();
        Run offline = Run.started(run.id(), run.path(), new ReportedSeries(s.id(), s.title(), s.version(), s.author(),
                s.cover(), patches, s.links()), run.plan(), run.expectedChecks(), run.timings());

        assertThat(reporter(ContextNaming.CHECK, null).started(offline))
                .allMatch(o -> o.action() == PostOutcome.Action.NOT_IN_PATCHWORK);
        assertThat(posted()).isEmpty();
    }

    @Test
    void checksMissingAtTheEndAreSettledNotLeftPending() throws Exception {
        PatchworkReporter reporter = reporter(ContextNaming.CHECK, null);
        reporter.started(SampleRuns.applyFailed());
        patchwork.resetRequests();

        reporter.finished(SampleRuns.applyFailed());

        assertThat(posted()).hasSize(15).noneMatch(b -> b.get("state").asText().equals("pending"));
        assertThat(posted()).filteredOn(b -> b.get("context").asText().equals("build_gcc"))
                .allMatch(b -> b.get("state").asText().equals("warning")
                        && b.get("description").asText().equals("not run: the series did not apply"));
    }

}
