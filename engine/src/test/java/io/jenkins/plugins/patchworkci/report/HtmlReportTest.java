package io.jenkins.plugins.patchworkci.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.CheckState;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    @Test
    void matrixShowsEveryStateAsSymbolWordAndClassWithLogLinks() {
        String fragment = CheckMatrix.fragment(SampleRuns.finished());

        assertThat(fragment).startsWith("<style>").contains("<table class=\"pwci-matrix\">");
        assertThat(fragment).contains("class=\"pwci-cell pwci-fail\" title=\"net: 1 test failed (fcnal-test.sh)\">\u2718 fail</td>");
        assertThat(fragment).contains("class=\"pwci-cell pwci-warning\" title=\"WARNING: line length of 102 exceeds 100 columns\">"
                + "<a href=\"logs/checkpatch-2.txt\" rel=\"noopener noreferrer\">\u26A0 warning</a></td>");
        // The series log of build_clang is linked from every patch's cell.
        assertThat(count(fragment, "<a href=\"logs/build_clang.txt\"")).isEqualTo(3);
        // 3 patches x 5 checks.
        assertThat(count(fragment, "class=\"pwci-cell ")).isEqualTo(15);
    }

    @Test
    void theFragmentForAnotherPageLinksLogsAbsolutely() {
        String fragment = CheckMatrix.fragment(SampleRuns.finished(),
                java.net.URI.create("https://ci.example.org/pwci/netdevbpf/6/1/"));

        assertThat(fragment).contains("<a href=\"https://ci.example.org/pwci/netdevbpf/6/1/logs/checkpatch-2.txt\"")
                .doesNotContain("href=\"logs/");
    }

    @Test
    void aCheckWithoutAResultReadsNotRunAndOnAPatchAfterTheOneThatDidNotApplyNotTried() {
        String fragment = CheckMatrix.fragment(SampleRuns.applyFailed());

        // Patch 2 did not apply: patches 1 and 2 have 4 checks without a result each, patch 3 was never tried.
        assertThat(count(fragment, "pwci-none\" title=\"no result\">")).isEqualTo(8);
        assertThat(count(fragment, "\u2013 not run")).isEqualTo(8);
        assertThat(count(fragment, "pwci-not-tried\" title=\"not tried: patch 2 did not apply\">")).isEqualTo(4);
        assertThat(count(fragment, "\u2205 not tried")).isEqualTo(4);
    }

    /** The apply check's fail on a patch after the failing one is final for Patchwork; the page says "not tried". */
    @Test
    void theApplyVerdictOnAnUntriedPatchReadsNotTriedNotFail() {
        Run failed = SampleRuns.applyFailed();
        Run run = failed.withResults(List.of(
                new CheckResult("apply", 1, CheckState.SUCCESS, "Applied to net-next; patch 2 did not", ""),
                new CheckResult("apply", 2, CheckState.FAIL, "Does not apply to net-next: hunk 1 differs", ""),
                new CheckResult("apply", 3, CheckState.FAIL, "Not tried: patch 2 did not apply", "")),
                failed.seriesResults());

        String fragment = CheckMatrix.fragment(run);
        String page = HtmlReport.page(run);

        assertThat(run.notTried(3, "apply")).isTrue();
        assertThat(run.notTried(2, "apply")).isFalse();
        assertThat(run.notTried(3, "tree_selection")).as("a series verdict is a result").isFalse();
        assertThat(fragment).contains("pwci-not-tried\" title=\"Not tried: patch 2 did not apply\">\u2205 not tried")
                .contains("pwci-fail\" title=\"Does not apply to net-next: hunk 1 differs\">\u2718 fail");
        assertThat(page).contains("\u2205 not tried</span> apply on patch 3: ")
                .contains("\u2718 fail</span> apply on patch 2: ");
    }

    @Test
    void pageIsSelfContained() {
        String page = HtmlReport.page(SampleRuns.finished());

        assertThat(page).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
                .doesNotContainIgnoringCase("<img").doesNotContain("src=").doesNotContain("@import").doesNotContain("url(");
        assertThat(page).contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"");
        assertThat(page).contains("net-next: tag [net-next]; base-commit 1234abcd in net-next");
        assertThat(page).contains(">v1</a>");
    }

    @Test
    void applyFailureShowsPatchFileHunkAndBothSides() {
        String page = HtmlReport.page(SampleRuns.applyFailed());

        assertThat(page).contains("Did not apply (tried: git-am, 3way)")
                .contains("file <code><bdi class=\"pwci-mail\">net/core/dev.c</bdi></code>, hunk 1")
                .contains("The patch expects<pre> int b(void)\n {\n-\treturn 0;\n</pre>")
                .contains("The tree has<pre> int b(void)\n {\n\treturn 2;\n</pre>");
    }

    @Test
    void everyMailStringIsEscapedInTheSource() {
        String page = HtmlReport.page(SampleRuns.hostile());

        assertThat(page).doesNotContain("<script>").doesNotContain("<img").doesNotContain("<b>bold");
        Matcher m = Pattern.compile("<bdi class=\"pwci-mail\">(.*?)</bdi>", Pattern.DOTALL).matcher(page);
        java.util.List<String> texts = new java.util.ArrayList<>();
        while (m.find()) {
            texts.add(HtmlEscaperTest.unescape(m.group(1)));
        }
        assertThat(texts).contains(SampleRuns.HOSTILE.get(0));
        for (String hostile : SampleRuns.HOSTILE.subList(1, SampleRuns.HOSTILE.size())) {
            assertThat(texts).anySatisfy(t -> assertThat(t).endsWith(hostile));
        }
    }

    @Test
    void aPossibleCompanionIsCalledOneAndAPairedOneACompanion() {
        Run run = SampleRuns.finished();
        java.util.List<io.jenkins.plugins.patchworkci.route.Plan> companions = new java.util.ArrayList<>();
        for (boolean paired : new boolean[] {true, false}) {
            io.jenkins.plugins.patchworkci.route.PostedSeries ip = new io.jenkins.plugins.patchworkci.route.PostedSeries(
                    "ip" + paired + "@example.org", "ip: show c" + paired, "jane@example.org", SampleRuns.QUEUED,
                    java.util.List.of("PATCH", "iproute2-next"), "", java.util.Set.of(), java.util.Set.of(),
                    java.util.Set.of(), java.util.Set.of());
            io.jenkins.plugins.patchworkci.route.Companion c = new io.jenkins.plugins.patchworkci.route.Companion(ip,
                    SampleRuns.netNext(), paired, paired ? "it names net-next" : "same author, but nothing links them");
            companions.add(new io.jenkins.plugins.patchworkci.route.Plan(c.label(), java.util.Optional.empty(),
                    java.util.Optional.empty(), java.util.List.of(), java.util.List.of()));
        }
        Run withCompanions = new Run(run.schemaVersion(), run.id(), run.path(), run.series(),
                run.plan().withCompanions(companions), run.expectedChecks(), run.apply(), run.results(), run.seriesResults(),
                run.logs(), run.timings());

        String page = HtmlReport.page(withCompanions);

        assertThat(page).contains("<p>Companion <bdi class=\"pwci-mail\">ip: show ctrue (it names net-next)</bdi>")
                .contains("<p><bdi class=\"pwci-mail\">Possible companion ip: show cfalse (same author, but nothing links them)</bdi>");
    }

    @Test
    void aPlanWithoutADecisionSaysWhy() {
        Run run = SampleRuns.finished();
        io.jenkins.plugins.patchworkci.route.Plan none = new io.jenkins.plugins.patchworkci.route.Plan("[PATCH foo 0/3]",
                java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.List.of(new io.jenkins.plugins.patchworkci.route.RoutingStep("tag", java.util.List.of(),
                        "unknown tree tag [foo]", true)), java.util.List.of());
        Run undecided = new Run(run.schemaVersion(), run.id(), run.path(), run.series(), none, run.expectedChecks(), null,
                java.util.List.of(), java.util.List.of(), java.util.List.of(), run.timings());

        String page = HtmlReport.page(undecided);

        assertThat(page).contains("no tree: unknown tree tag [foo]").contains("<td>tag (stop)</td>")
                .contains("Not applied yet.");
    }

    @Test
    void textWithBidiControlsIsKeptAndFlagged() {
        String page = HtmlReport.page(SampleRuns.hostile());

        assertThat(page).contains("rtl \u202Egnp.exe\u202C end</bdi><span class=\"pwci-bidi\"");
        assertThat(count(page, "class=\"pwci-bidi\"")).isEqualTo(1);
    }

    @Test
    void unsafeLinksAreShownWithoutALink() {
        String page = HtmlReport.page(SampleRuns.hostile());

        assertThat(page).doesNotContain("javascript:").contains("<li>build_clang (series)</li>");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
