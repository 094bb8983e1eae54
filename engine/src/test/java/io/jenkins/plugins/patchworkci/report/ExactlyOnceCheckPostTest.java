package io.jenkins.plugins.patchworkci.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.patchwork.ApiToken;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkTestClients;
import io.jenkins.plugins.patchworkci.testsupport.RecordedPatchwork;
import io.jenkins.plugins.patchworkci.testsupport.SettableClock;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each check is on Patchwork exactly once per (patch, context), whatever stops a post half-way:
 * the reporter is killed at every step of every post of a run (before the request, after Patchwork
 * stored the check but before the ledger says so, after the ledger says so) and a fresh reporter
 * over the same state directory runs the run's reporting again, as {@code pwci run} does after a
 * restart; or Patchwork stores a post and the answer is lost (500, timeout, reset connection). The
 * server is a real HTTP server (test-support's {@link RecordedPatchwork}: the JDK's server on loopback keeping the
 * checks posted to it, answering with a real Patchwork 3.1's recorded answers) that records every
 * request; the poster is the one {@code pwci run} uses ({@link ClientCheckPoster} over the
 * Patchwork client, with the production retry policy).
 */
class ExactlyOnceCheckPostTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";

    /** What a kill -9 does to the reporter's thread: nothing after it runs. */
    static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    @RegisterExtension
    static final RecordedPatchwork patchwork = new RecordedPatchwork();

    @TempDir
    Path tmp;

    private final SettableClock clock = new SettableClock(
            Instant.parse("2026-11-25T01:00:00Z"));

    /**
     * The run reported: series 6 whose patch 2 did not apply, with the apply check's verdicts as it
     * gave them before this fix (patch 3 "not tried" left pending) — so the test also proves that no
     * pending survives a run's end — and checks with and without verdicts.
     */
    static Run run() {
        Run failed = SampleRuns.applyFailed();
        List<String> expected = new ArrayList<>(List.of("apply"));
        expected.addAll(failed.expectedChecks());
        Run started = Run.started(failed.id(), failed.path(), failed.series(), failed.plan(), expected, failed.timings());
        return started.withApply(failed.apply()).withResults(List.of(
                new CheckResult("apply", 1, CheckState.SUCCESS, "Applied to net-next; patch 2 did not", ""),
                new CheckResult("apply", 2, CheckState.FAIL, "Does not apply to net-next: hunk 1 differs", ""),
                new CheckResult("apply", 3, CheckState.PENDING, "Not tried: patch 2 did not apply", ""),
                new CheckResult("checkpatch", 1, CheckState.SUCCESS, "total: 0 errors, 0 warnings, 0 checks", ""),
                new CheckResult("checkpatch", 2, CheckState.WARNING, "WARNING: line length of 102 exceeds 100 columns",
                        "")), failed.seriesResults());
    }

    private PatchworkReporter reporter(Path state, String botUser) throws Exception {
        return new PatchworkReporter(new ClientCheckPoster(PatchworkTestClients.retrying(URI.create(patchwork.origin() + "/"), ApiToken.of(TOKEN))),
                CheckLedger.open(state.resolve("state/patchwork-checks.json")),
                new PatchworkReporter.Settings(URI.create("https://ci.example.org/pwci/"), ContextNaming.CHECK,
                        Duration.ofHours(6), botUser), clock);
    }

    /** A run's reporting as {@code SeriesRun} and {@code PatchworkReporting} do it; the outcomes of every post. */
    private static List<PostOutcome> report(PatchworkReporter reporter, Run run) throws InterruptedException {
        List<PostOutcome> outcomes = new ArrayList<>(reporter.started(run));
        outcomes.addAll(reporter.finished(run));
        outcomes.addAll(reporter.expire());
        return outcomes;
    }

    /** Per (patch, context), every check Patchwork holds, oldest first, as "state: description". */
    private static Map<String, List<String>> onPatchwork() {
        Map<String, List<String>> out = new TreeMap<>();
        patchwork.checks().forEach((patch, checks) -> {
            for (JsonNode c : checks) {
                out.computeIfAbsent(patch + "/" + c.get("context").asText(), k -> new ArrayList<>())
                        .add(c.get("state").asText() + ": " + c.get("description").asText());
            }
        });
        return out;
    }

    /** Exactly one final check per (patch, context), the newest; at most one pending before it; as a clean run left them. */
    private static void assertExactlyOnce(Map<String, List<String>> clean, String scenario) {
        Map<String, List<String>> now = onPatchwork();
        assertThat(now.keySet()).as(scenario).isEqualTo(clean.keySet());
        now.forEach((key, checks) -> {
            List<String> finals = checks.stream().filter(c -> !c.startsWith("pending:")).toList();
            assertThat(finals).as("%s: final checks of %s in %s", scenario, key, checks).hasSize(1);
            assertThat(checks.get(checks.size() - 1)).as("%s: %s ends final", scenario, key)
                    .isEqualTo(finals.get(0));
            assertThat(checks.size()).as("%s: %s has at most one pending before its final check", scenario, key)
                    .isLessThanOrEqualTo(2);
            assertThat(checks).as(scenario + ": " + key).isEqualTo(clean.get(key));
        });
    }

    private Map<String, List<String>> cleanRun(int[] posts) throws Exception {
        List<PostOutcome> outcomes = report(reporter(tmp.resolve("clean"), null), run());
        assertThat(outcomes).noneMatch(o -> o.action() == PostOutcome.Action.FAILED);
        Map<String, List<String>> clean = onPatchwork();
        posts[0] = (int) patchwork.checkRequests("POST");
        assertThat(patchwork.checkRequests("GET")).as("a run with a sure ledger reads no check list").isZero();
        patchwork.reset();
        return clean;
    }

    @Test
    void aCleanRunEndsWithAFinalStateOnEveryPatchForEveryContextItPostedPendingFor() throws Exception {
        Map<String, List<String>> clean = cleanRun(new int[1]);

        // 3 patches x 6 contexts, each pending then final; patch 3's apply names the patch that did not apply.
        assertThat(clean).hasSize(18).allSatisfy((key, checks) -> {
            assertThat(checks).hasSize(2);
            assertThat(checks.get(0)).startsWith("pending: queued on net-next");
            assertThat(checks.get(1)).doesNotStartWith("pending");
        });
        assertThat(clean.get("11/apply").get(1)).isEqualTo("fail: no result: Not tried: patch 2 did not apply");
        assertThat(clean.get("11/build_gcc").get(1)).isEqualTo("warning: not run: the series did not apply");
    }

    @Test
    void aKillAtEveryStepOfEveryPostLeavesExactlyOneFinalCheckPerPatchAndContext() throws Exception {
        int[] posts = new int[1];
        Map<String, List<String>> clean = cleanRun(posts);
        assertThat(posts[0]).isEqualTo(36);
        int scenarios = 0;
        for (PatchworkReporter.Step step : PatchworkReporter.Step.values()) {
            for (int k = 1; k <= posts[0]; k++) {
                patchwork.reset();
                Path state = Files.createDirectories(tmp.resolve(step + "-" + k));
                int killAt = k;
                AtomicInteger reached = new AtomicInteger();
                PatchworkReporter first = reporter(state, null).withSteps((s, patch, check) -> {
                    if (s == step && reached.incrementAndGet() == killAt) {
                        throw new Killed();
                    }
                });
                assertThatThrownBy(() -> report(first, run())).isInstanceOf(Killed.class);
                long listsBefore = patchwork.checkRequests("GET");

                // The restart: a new reporter knowing only what is on disk reports the run again.
                List<PostOutcome> again = report(reporter(state, null), run());

                String scenario = "killed at " + step + " of post " + k;
                assertThat(again).as(scenario).noneMatch(o -> o.action() == PostOutcome.Action.FAILED);
                assertExactlyOnce(clean, scenario);
                // The cost: one list request for the one patch whose post was cut, none otherwise.
                assertThat(patchwork.checkRequests("GET") - listsBefore).as(scenario)
                        .isEqualTo(step == PatchworkReporter.Step.CONFIRMATION_WRITTEN ? 0 : 1);
                scenarios++;
            }
        }
        assertThat(scenarios).isEqualTo(3 * 36);
    }

    @Test
    void aPostStoredByPatchworkWhoseAnswerIsLostIsNotPostedAgain() throws Exception {
        int[] posts = new int[1];
        Map<String, List<String>> clean = cleanRun(posts);
        for (RecordedPatchwork.LostAnswer lost : List.of(RecordedPatchwork.LostAnswer.STORED_THEN_500,
                RecordedPatchwork.LostAnswer.STORED_THEN_RESET, RecordedPatchwork.LostAnswer.STORED_THEN_TIMEOUT)) {
            // Every post for the quick failures; for the slow timeout, the first, a first final one and the last.
            List<Integer> which = new ArrayList<>();
            for (int k = 1; k <= posts[0]; k++) {
                if (lost != RecordedPatchwork.LostAnswer.STORED_THEN_TIMEOUT || k == 1 || k == 19 || k == posts[0]) {
                    which.add(k);
                }
            }
            for (int k : which) {
                patchwork.reset();
                int lostAt = k;
                patchwork.loseAnswers(n -> n == lostAt ? lost : RecordedPatchwork.LostAnswer.NONE);
                Path state = Files.createDirectories(tmp.resolve(lost + "-" + k));

                List<PostOutcome> outcomes = report(reporter(state, "ci-bot"), run());

                String scenario = lost + " on post " + k;
                assertExactlyOnce(clean, scenario);
                assertThat(outcomes).as(scenario).noneMatch(o -> o.action() == PostOutcome.Action.FAILED);
                assertThat(outcomes).as(scenario).filteredOn(o -> o.detail().startsWith("confirmed on Patchwork"))
                        .hasSize(1);
                // One request per post, one list for the patch whose answer was lost, one per patch to seed the
                // ledger (the bot's user is configured and the ledger starts empty).
                assertThat(patchwork.checkRequests("POST")).as(scenario).isEqualTo(posts[0]);
                assertThat(patchwork.checkRequests("GET")).as(scenario).isEqualTo(1 + 3);
                // ... and a restart after it posts nothing more.
                assertThat(report(reporter(state, "ci-bot"), run())).as(scenario)
                        .allMatch(o -> o.action() == PostOutcome.Action.UNCHANGED
                                || o.action() == PostOutcome.Action.KEPT_FINAL);
                assertThat(patchwork.checkRequests("POST")).as(scenario).isEqualTo(posts[0]);
            }
        }
    }
}
