package io.jenkins.plugins.patchworkci.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.patchworkci.http.HttpStatusException;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkTestClients;
import io.jenkins.plugins.patchworkci.route.RoutingConfig;
import io.jenkins.plugins.patchworkci.series.SeriesId;
import io.jenkins.plugins.patchworkci.step.NotifyText;
import io.jenkins.plugins.patchworkci.step.SeriesReport;
import io.jenkins.plugins.patchworkci.testsupport.StubbedPatchwork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scans the recorded netdevbpf project (series 1-6 of {@code series-list.json}, patches 1-11 of
 * {@code patches-list.json}) over real HTTP. Series 6's mail is the recorded mbox and the recorded cover
 * letter; series 1 to 4 get mail written here under their recorded Message-IDs (only series 6's mail was
 * recorded); series 5's mbox answers 404, as for a series deleted while scanning.
 */
class SeriesScanTest {

    static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");
    static final String S1_COVER = "1473632524-8585-1-git-send-email-stephenfinucane@gmail.com";
    static final String S3_FIRST = "1473633236-10676-1-git-send-email-stephenfinucane@gmail.com";
    static final String S4_PATCH = "1464811283-10381-1-git-send-email-zajec5@gmail.com";
    static final String S6_COVER = "cover.1795567226.git.jane@example.org";
    static final ScanFilter WIDE = ScanFilter.ALL.withMaxAge(Duration.ofDays(10000)); // back to 1999: every recorded series is recent

    @RegisterExtension
    static final StubbedPatchwork pw = new StubbedPatchwork();
    private static final PatchworkTestClients clients = new PatchworkTestClients(pw.base(), Duration.ofSeconds(5));
    private RoutingConfig routing;

    @BeforeEach
    void start() throws Exception {
        pw.basics();
        routing = RoutingConfig.fromYaml("""
                trees:
                  - name: net-next
                    remote: https://example.invalid/net-next.git
                    branch: main
                    family: net
                    role: development
                  - name: net
                    remote: https://example.invalid/net.git
                    branch: main
                    family: net
                    role: fixes
                """);
        serveMail("[PATCH v2 0/2] A sample series");
        pw.lists(s -> {}, p -> {});
    }

    /** Mail for series 1 to 6; {@code s2Subject} is series 2's cover letter subject. */
    private void serveMail(String s2Subject) {
        ArrayNode series = pw.recordedArray("series-list.json");
        String stephen = "Stephen Finucane <stephenfinucane@gmail.com>";
        JsonNode s1 = StubbedPatchwork.byId(series, 1);
        pw.mbox(StubbedPatchwork.path(s1.get("cover_letter"), "mbox"), Mails.message(S1_COVER, null, stephen,
                "Sun, 11 Sep 2016 22:22:02 +0000", "[PATCH 0/2] A sample series", "Two changes."));
        pw.mbox(StubbedPatchwork.path(s1, "mbox"), patches(s1, stephen, "[PATCH %d/2] test: change %d", "v1-"));
        JsonNode s2 = StubbedPatchwork.byId(series, 2);
        pw.mbox(StubbedPatchwork.path(s2.get("cover_letter"), "mbox"), Mails.message(bare(s2.get("cover_letter")),
                null, stephen, "Sun, 11 Sep 2016 22:26:35 +0000", s2Subject, "Two changes, the first one fixed."));
        pw.mbox(StubbedPatchwork.path(s2, "mbox"), patches(s2, stephen, "[PATCH v2 %d/2] test: change %d", "v2-"));
        JsonNode s3 = StubbedPatchwork.byId(series, 3);
        pw.mbox(StubbedPatchwork.path(s3, "mbox"), patches(s3, stephen, "[RFC PATCH %d/2] test: idea %d", "rfc-"));
        JsonNode s4 = StubbedPatchwork.byId(series, 4);
        pw.mbox(StubbedPatchwork.path(s4, "mbox"), Mails.message(S4_PATCH, null, "Rafał Miłecki <zajec5@gmail.com>",
                "Wed, 1 Jun 2016 20:01:23 +0200", "[PATCH] MAINTAINERS: Update entry for BCM5301X ARM",
                Mails.patchBody("MAINTAINERS", "bcm")));
        JsonNode s5 = StubbedPatchwork.byId(series, 5);
        pw.answer(StubbedPatchwork.path(s5, "mbox"), 404, "{\"detail\": \"Not found.\"}");
        JsonNode s6 = StubbedPatchwork.byId(series, 6);
        try {
            pw.mbox(StubbedPatchwork.path(s6.get("cover_letter"), "mbox"),
                    Mails.coverFromRecord(StubbedPatchwork.JSON.readTree(pw.recorded("cover-3.json"))));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        pw.mbox(StubbedPatchwork.path(s6, "mbox"), pw.recorded("series-6.mbox"));
    }

    /**
     * Patches under a series' recorded Message-IDs; v1 and v2 differ in patch 1 only, the RFC touches other
     * files (a shared patch-id would link it to the sample series, as it should).
     */
    private static String patches(JsonNode series, String from, String subject, String variant) {
        StringBuilder mbox = new StringBuilder();
        JsonNode cover = series.get("cover_letter");
        int i = 0;
        for (JsonNode p : series.get("patches")) {
            i++;
            String text = i == 1 ? variant + "first" : "second";
            mbox.append(Mails.message(bare(p), cover.isNull() ? null : bare(cover), from,
                    "Sun, 11 Sep 2016 22:2" + i + ":00 +0000", String.format(subject, i, i),
                    Mails.patchBody((variant.startsWith("rfc") ? "idea" : "file") + i + ".txt", text)));
        }
        return mbox.toString();
    }

    private static String bare(JsonNode ref) {
        String m = ref.get("msgid").asText();
        return m.substring(1, m.length() - 1);
    }

    private SeriesScan scan(ScanFilter filter) {
        return new SeriesScan(clients.client(null), "netdevbpf", routing).setFilter(filter)
                .setClock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static String name(String firstMessageId, String tree) {
        return HeadName.of(new SeriesId(firstMessageId), tree).toString();
    }

    @Test
    void oneHeadPerLineageNamedFromItsFirstVersionWithEachVersionARevision() throws Exception {
        ScanResult r = scan(WIDE).call();

        assertThat(r.heads()).extracting(h -> h.name().toString()).containsExactlyInAnyOrder(
                name(S1_COVER, "net-next"), name(S3_FIRST, "net-next"), name(S4_PATCH, "net-next"),
                name(S6_COVER, "net-next"));
        LineageHead sample = r.head(name(S1_COVER, "net-next")).orElseThrow();
        assertThat(sample.versions()).extracting(v -> v.scanned().patchwork().id()).containsExactly(1L, 2L);
        assertThat(sample.versions()).extracting(v -> v.revision().version()).containsExactly(1, 2);
        assertThat(sample.newest().revision().messageId()).isEqualTo("1473632795-9971-1-git-send-email-stephenfinucane@gmail.com");
        assertThat(sample.versions().get(0).revision().patchIdsHash())
                .isNotEqualTo(sample.versions().get(1).revision().patchIdsHash());
        assertThat(sample.lineage()).isEqualTo(new SeriesId(S1_COVER));
        assertThat(sample.movedFrom()).isEmpty();
        assertThat(r.skipped()).extracting(Skipped::what).anyMatch(w -> w.startsWith("Patchwork series 5 "));
        assertThat(r.skipped()).filteredOn(s -> s.what().startsWith("Patchwork series 5 "))
                .extracting(Skipped::reason).containsExactly("deleted from Patchwork while scanning (404)");
    }

    @Test
    void theRecordedSeriesSixIsNetNextByItsTagWithThreePatches() throws Exception {
        LineageHead six = scan(WIDE).call().head(name(S6_COVER, "net-next")).orElseThrow();

        assertThat(six.newest().plan().summary()).startsWith("net-next: tag [net-next]");
        assertThat(six.newestSeries().patches()).hasSize(3);
        assertThat(six.newest().revision().version()).isEqualTo(2);
        assertThat(six.newest().revision()).isEqualTo(RevisionId.of(six.newestSeries()));
    }

    @Test
    void aBuildFindsItsOwnVersionInAScanOrLearnsWhyItIsGone() throws Exception {
        ScanResult r = scan(WIDE).call();
        LineageHead sample = r.head(name(S1_COVER, "net-next")).orElseThrow();
        RevisionId v1 = sample.versions().get(0).revision();

        ScannedVersion found = ScannedVersion.find(r, name(S1_COVER, "net-next"), v1, "netdevbpf");
        assertThat(found.head().name().toString()).isEqualTo(name(S1_COVER, "net-next"));
        assertThat(found.version().scanned().patchwork().id()).as("the build's v1, though v2 is newer").isEqualTo(1L);

        RevisionId replaced = new RevisionId(1, v1.messageId(), "0".repeat(v1.patchIdsHash().length()));
        assertThat(catchThrowable(() -> ScannedVersion.find(r, name(S1_COVER, "net-next"), replaced, "netdevbpf")))
                .hasMessage("Version " + replaced + " of " + name(S1_COVER, "net-next")
                        + " is no longer on Patchwork's list (a newer version replaced it)");
        assertThat(catchThrowable(() -> ScannedVersion.find(r, name(S1_COVER, "net"), v1, "netdevbpf")))
                .hasMessage("Series job " + name(S1_COVER, "net") + " is not in the latest scan of Patchwork project"
                        + " netdevbpf (closed or filtered out since this build started)");
    }

    @Test
    void aLaterVersionRoutedToAnotherTreeIsANewHeadLinkedFromTheOld() throws Exception {
        serveMail("[PATCH net v2 0/2] A sample series");

        ScanResult r = scan(WIDE).call();

        LineageHead old = r.head(name(S1_COVER, "net-next")).orElseThrow();
        LineageHead moved = r.head(name(S1_COVER, "net")).orElseThrow();
        assertThat(old.versions()).extracting(v -> v.revision().version()).containsExactly(1);
        assertThat(moved.versions()).extracting(v -> v.revision().version()).containsExactly(2);
        assertThat(old.movedTo()).contains(moved.name());
        assertThat(moved.movedFrom()).contains(old.name());
        assertThat(moved.lineage()).isEqualTo(old.lineage());
    }

    @Test
    void aHeadGoesAwayOnlyWhenEveryPatchOfItsNewestVersionIsFinal() throws Exception {
        pw.lists(s -> {}, p -> {
            StubbedPatchwork.setState(p, 9, "accepted");
            StubbedPatchwork.setState(p, 10, "accepted");
            StubbedPatchwork.setState(p, 1, "superseded");
            StubbedPatchwork.setState(p, 2, "superseded");
        });
        ScanResult partly = scan(WIDE).call();
        assertThat(partly.head(name(S6_COVER, "net-next"))).isPresent();
        assertThat(partly.head(name(S1_COVER, "net-next"))).as("v1 superseded, v2 still new").isPresent();

        pw.lists(s -> {}, p -> {
            StubbedPatchwork.setState(p, 9, "accepted");
            StubbedPatchwork.setState(p, 10, "accepted");
            StubbedPatchwork.setState(p, 11, "changes-requested");
        });
        ScanResult closed = scan(WIDE).call();
        assertThat(closed.head(name(S6_COVER, "net-next"))).isEmpty();
        assertThat(closed.skipped()).filteredOn(s -> s.what().equals(name(S6_COVER, "net-next")))
                .extracting(Skipped::reason).singleElement().asString().startsWith("closed: every patch of v2");

        ScanResult customFinal = scan(WIDE).setFinalStates(FinalStates.of(List.of("accepted"))).call();
        assertThat(customFinal.head(name(S6_COVER, "net-next"))).as("changes-requested not final here").isPresent();
    }

    @Test
    void filtersSayWhyAHeadIsLeftOut() throws Exception {
        assertThat(heads(WIDE.withSkipRfc(true))).doesNotContain(name(S3_FIRST, "net-next")).hasSize(3);
        assertThat(heads(WIDE.withDenySubmitters(List.of("zajec5@gmail.com")))).doesNotContain(name(S4_PATCH, "net-next"))
                .hasSize(3);
        assertThat(heads(WIDE.withAllowSubmitters(List.of("@example.org")))).containsExactly(name(S6_COVER, "net-next"));
        assertThat(heads(WIDE.withIncludeTags(List.of("net-next")))).containsExactly(name(S6_COVER, "net-next"));
        assertThat(heads(WIDE.withExcludeTags(List.of("RFC")))).doesNotContain(name(S3_FIRST, "net-next"));
        assertThat(heads(ScanFilter.ALL)).as("two weeks before 2026-11-25").containsExactly(name(S6_COVER, "net-next"));
        assertThat(heads(WIDE.withStates(List.of("under-review")))).isEmpty();

        pw.lists(s -> {}, p -> {
            StubbedPatchwork.setState(p, 10, "under-review");
            ObjectNode jane = StubbedPatchwork.JSON.createObjectNode().put("id", 7).put("username", "kuba")
                    .put("email", "kuba@example.org");
            ((ObjectNode) StubbedPatchwork.byId(p, 10)).set("delegate", jane);
        });
        assertThat(heads(WIDE.withStates(List.of("under-review")))).containsExactly(name(S6_COVER, "net-next"));
        assertThat(heads(WIDE.withDelegate("KUBA"))).containsExactly(name(S6_COVER, "net-next"));
        ScanResult r = scan(WIDE.withDelegate("someone-else")).call();
        assertThat(r.heads()).isEmpty();
        assertThat(r.skipped()).extracting(Skipped::reason).contains("filtered out: no patch delegated to someone-else");
    }

    private List<String> heads(ScanFilter filter) throws Exception {
        return scan(filter).call().heads().stream().map(h -> h.name().toString()).toList();
    }

    @Test
    void aSeriesStillMissingPatchesKeepsItsHeadOnTheVersionBefore() throws Exception {
        pw.lists(s -> ((ObjectNode) StubbedPatchwork.byId(s, 2)).put("received_all", false).put("received_total", 1),
                p -> {});

        ScanResult r = scan(WIDE).call();

        assertThat(r.head(name(S1_COVER, "net-next")).orElseThrow().versions())
                .extracting(v -> v.revision().version()).containsExactly(1);
        assertThat(r.skipped()).extracting(Skipped::toString)
                .contains("Patchwork series 2 'A sample series': waiting for patches (1 of 2 received)");
    }

    @Test
    void aScanThatCannotReadPatchworkRaisesInsteadOfReturningFewerHeads() {
        for (Consumer<StubbedPatchwork> outage : List.<Consumer<StubbedPatchwork>>of(
                f -> f.answer("/api/1.3/series/", 500, "{\"detail\": \"Internal error\"}"),
                f -> f.answer("/api/1.3/patches/", 403, "{\"detail\": \"Invalid token.\"}"),
                f -> f.answer("/project/netdevbpf/cover/cover.1795567226.git.jane@example.org/mbox/", 503, "busy"),
                f -> f.json("/api/1.3/series/", "<html>maintenance</html>"))) {
            serveMail("[PATCH v2 0/2] A sample series");
            pw.lists(s -> {}, p -> {});
            outage.accept(pw);

            Throwable t = catchThrowable(() -> scan(WIDE).call());

            assertThat(t).isInstanceOf(ScanFailedException.class).hasMessageContaining("netdevbpf")
                    .hasMessageContaining("no head was changed");
            assertThat(t.getCause()).isInstanceOf(java.io.IOException.class);
        }
        pw.answer("/api/1.3/projects/", 200, "[]");
        Throwable unknown = catchThrowable(() -> scan(WIDE).call());
        assertThat(unknown).isInstanceOf(ScanFailedException.class).hasMessageContaining("has no project 'netdevbpf'");
    }

    @Test
    void aSecondScanDownloadsOnlyWhatItHasNotRead() throws Exception {
        SeriesCache cache = new SeriesCache(100);
        ScanResult first = scan(WIDE).setCache(cache).call();
        pw.server.resetRequests();

        ScanResult second = scan(WIDE).setCache(cache).call();

        assertThat(pw.requestsTo("/project/")).as("no cover letter again").isZero();
        assertThat(pw.requestsTo("/series/")).as("only series 5, whose mbox is gone, is asked for again").isEqualTo(1);
        assertThat(second.heads()).extracting(LineageHead::name).isEqualTo(first.heads().stream().map(LineageHead::name).toList());
    }

    @Test
    void httpErrorsKeepTheirStatus() {
        pw.answer("/api/1.3/series/", 502, "bad gateway");
        Throwable t = catchThrowable(() -> scan(WIDE).call());
        assertThat(t.getCause()).isInstanceOf(HttpStatusException.class);
        assertThat(Optional.ofNullable(t.getMessage())).get().asString().contains("could not list");
    }

    @Test
    void theBuildPageMatrixEscapesEverythingFromMail() throws Exception {
        ArrayNode series = pw.recordedArray("series-list.json");
        JsonNode s4 = StubbedPatchwork.byId(series, 4);
        pw.mbox(StubbedPatchwork.path(s4, "mbox"), Mails.message(S4_PATCH, null, "Eve <eve@example.org>",
                "Wed, 1 Jun 2016 20:01:23 +0200", "[PATCH] <script>alert(1)</script> & \"quotes\"",
                Mails.patchBody("MAINTAINERS", "bcm")));
        LineageHead head = scan(WIDE).call().head(name(S4_PATCH, "net-next")).orElseThrow();

        io.jenkins.plugins.patchworkci.report.Run run = SeriesReport.of("net-next-build-7", head.newest(), List.of(
                new io.jenkins.plugins.patchworkci.check.CheckResult("build", 1,
                        io.jenkins.plugins.patchworkci.check.CheckState.FAIL, "<b>broke</b>", "")), NOW);
        String html = io.jenkins.plugins.patchworkci.report.CheckMatrix.fragment(run);

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>broke</b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("build");
        assertThat(io.jenkins.plugins.patchworkci.report.RunJson.read(io.jenkins.plugins.patchworkci.report.RunJson.write(run)))
                .as("the plugin stores the run as JSON").isEqualTo(run);
    }

    @Test
    void theNotificationKeepsMailTextOnOneLine() throws Exception {
        ArrayNode series = pw.recordedArray("series-list.json");
        JsonNode s4 = StubbedPatchwork.byId(series, 4);
        pw.mbox(StubbedPatchwork.path(s4, "mbox"), Mails.message(S4_PATCH, null, "Eve <eve@example.org>",
                "Wed, 1 Jun 2016 20:01:23 +0200", "[PATCH] fix =?UTF-8?Q?a=0D=0ABcc:_x@evil.example?=",
                Mails.patchBody("MAINTAINERS", "bcm")));
        LineageHead head = scan(WIDE).call().head(name(S4_PATCH, "net-next")).orElseThrow();
        io.jenkins.plugins.patchworkci.report.Run run = SeriesReport.of("b-1", head.newest(), List.of(
                new io.jenkins.plugins.patchworkci.check.CheckResult("build", 1,
                        io.jenkins.plugins.patchworkci.check.CheckState.FAIL, "broke", "")), NOW);

        String subject = NotifyText.subject(run, "fail");
        String body = NotifyText.body(run, "https://ci.example.org/job/x/1/");

        assertThat(subject).doesNotContain("\r").doesNotContain("\n").contains("Bcc: x@evil.example").startsWith("[patchwork-ci] fail: v1 ")
                .endsWith("(net-next)");
        assertThat(body.lines()).noneMatch(l -> l.startsWith("Bcc:"));
        assertThat(body).contains("[1/1] ").contains("    fail     build: broke").contains("Build:   https://ci.example.org/job/x/1/");
    }

    @Test
    void olderSeriesAreReadOnlyFromSendersWithARecentOne() throws Exception {
        // two weeks before 2026-11-25: only series 6 (jane@example.org) is recent; 1-5 are from 2016
        ScanResult r = scan(ScanFilter.ALL).call();
        assertThat(r.heads()).extracting(h -> h.name().toString()).containsExactly(name(S6_COVER, "net-next"));
        assertThat(pw.requestsTo("/series/6/mbox/")).isEqualTo(1);
        assertThat(pw.requestsTo("/series/1/") + pw.requestsTo("/series/2/") + pw.requestsTo("/series/4/")
                + pw.requestsTo("/project/netdevbpf/cover/1473632524")).isZero();

        pw.server.resetRequests();
        pw.lists(s -> ((ObjectNode) StubbedPatchwork.byId(s, 2)).put("date", "2026-11-24T10:00:00"), p -> {});
        ScanResult withRecentV2 = scan(ScanFilter.ALL).call();
        assertThat(pw.requestsTo("/series/1/mbox/")).as("v1 is read: its sender posted v2 recently").isEqualTo(1);
        assertThat(pw.requestsTo("/series/4/mbox/")).isZero();
        assertThat(withRecentV2.head(name(S1_COVER, "net-next")).orElseThrow().versions())
                .extracting(v -> v.revision().version()).containsExactly(1, 2);
    }
}
