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
        assertThat(fragment).contains("<td class=\"pwci-cell pwci-fail\" title=\"selftests: fail \u2014 net: 1 test failed "
                + "(fcnal-test.sh)\">\u2718<span class=\"pwci-word\"> fail</span></td>");
        assertThat(fragment).contains("<td class=\"pwci-cell pwci-warning\" title=\"checkpatch: warning \u2014 WARNING: line "
                + "length of 102 exceeds 100 columns\"><a href=\"logs/checkpatch-2.txt\" rel=\"noopener noreferrer\">\u26A0"
                + "<span class=\"pwci-word\"> warning</span></a></td>");
        // The series log of build_clang is linked from every patch's cell.
        assertThat(count(fragment, "<a href=\"logs/build_clang.txt\"")).isEqualTo(3);
        // 3 patches x 5 checks, and every check named in a column head.
        assertThat(count(fragment, "class=\"pwci-cell ")).isEqualTo(15);
        for (String check : SampleRuns.CHECKS) {
            assertThat(fragment).contains("<th class=\"pwci-check\" scope=\"col\" title=\"" + check + "\"><span>" + check);
        }
        assertThat(fragment).contains("class=\"pwci-legend\"").contains("\u2298 not tried");
    }

    @Test
    void theFragmentForAnotherPageLinksLogsAbsolutely() {
        String fragment = CheckMatrix.fragment(SampleRuns.finished(),
                java.net.URI.create("https://ci.example.org/pwci/netdevbpf/6/1/"));

        assertThat(fragment).contains("<a href=\"https://ci.example.org/pwci/netdevbpf/6/1/logs/checkpatch-2.txt\"")
                .doesNotContain("href=\"logs/");
    }

    @Test
    void aCheckWithoutAResultReadsNotRunAndPatchesAfterTheFailureNotTried() {
        String fragment = CheckMatrix.fragment(SampleRuns.applyFailed());

        // Patches 1 and 2: four checks without a verdict (tree_selection is a series verdict).
        assertThat(count(fragment, "pwci-none\" title=")).isEqualTo(8);
        assertThat(count(fragment, "\u2013<span class=\"pwci-word\"> not run</span>")).isEqualTo(8);
        // Patch 3 comes after the one that failed: not tried, not pending.
        assertThat(fragment).contains("<tr id=\"patch-3\" class=\"pwci-row-nottried\">");
        assertThat(count(fragment, "pwci-nottried\" title=")).isEqualTo(4);
        assertThat(fragment).doesNotContain("pwci-pending\" title=");
    }

    @Test
    void aPendingNotTriedVerdictAfterTheFailingPatchReadsNotTried() {
        Run failed = SampleRuns.applyFailed();
        Run run = failed.withResults(java.util.List.of(
                new io.jenkins.plugins.patchworkci.check.CheckResult("apply", 2,
                        io.jenkins.plugins.patchworkci.check.CheckState.FAIL, "Does not apply", ""),
                new io.jenkins.plugins.patchworkci.check.CheckResult("apply", 3,
                        io.jenkins.plugins.patchworkci.check.CheckState.PENDING, "Not tried: patch 2 did not apply", "")),
                failed.seriesResults());

        String fragment = CheckMatrix.fragment(run);

        assertThat(fragment).contains("title=\"apply: not tried \u2014 Not tried: patch 2 did not apply\"")
                .doesNotContain("pwci-cell pwci-pending");
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
        assertThat(fragment).contains("title=\"apply: not tried \u2014 Not tried: patch 2 did not apply\"")
                .contains("title=\"apply: fail \u2014 Does not apply to net-next: hunk 1 differs\"");
        assertThat(page).contains("Patch 3 was not tried").doesNotContain("apply</b> <span class=\"pwci-where\">on patch 3");
    }

    @Test
    void pageIsSelfContained() {
        String page = HtmlReport.page(SampleRuns.finished());

        assertThat(page).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
                .doesNotContainIgnoringCase("<img").doesNotContain("src=").doesNotContain("@import").doesNotContain("url(");
        assertThat(page).contains("Content-Security-Policy\" content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;\"");
        assertThat(page).contains("net-next: tag [net-next]; base-commit 1234abcd in net-next");
        assertThat(page).contains(">v1</a>");
    }

    @Test
    void applyFailureShowsPatchFileHunkAndBothSidesWithTheDifferenceMarked() {
        String page = HtmlReport.page(SampleRuns.applyFailed());

        assertThat(page).contains("Does not apply to the tip of net-next.")
                .contains("file <code><bdi class=\"pwci-mail\">net/core/dev.c</bdi></code>, hunk 1")
                .contains("(tried: git-am, 3way)")
                .contains("The patch expects</h3><pre> int b(void)\n {\n<mark>-</mark>\treturn <mark>0</mark>;\n</pre>")
                .contains("The tree has</h3><pre> int b(void)\n {\n\treturn <mark>2</mark>;\n</pre>")
                .contains("Patch 3 was not tried.");
    }

    @Test
    void theApplyErrorIsSaidOnce() {
        Run failed = SampleRuns.applyFailed();
        String summary = failed.apply().failure().summary();
        Run run = failed.withResults(java.util.List.of(new io.jenkins.plugins.patchworkci.check.CheckResult("apply", 2,
                io.jenkins.plugins.patchworkci.check.CheckState.FAIL, "Does not apply to net-next: " + summary, summary)),
                failed.seriesResults());

        String page = HtmlReport.page(run);

        assertThat(count(page, HtmlEscaper.escape(summary).replace("&#39;", "&#39;"))).isEqualTo(1);
    }

    @Test
    void aSeriesThatNeedsARebaseSaysWhereItAppliesAndWhereItsChecksRan() {
        String page = HtmlReport.page(SampleRuns.needsRebase());

        assertThat(page).contains("Needs a rebase: applies at its base-commit 7625cfd4e5f6, not at the tip of net-next, "
                + "5602dbd4e5f6 of 2026-11-24 18:02 UTC. The build, tests and checks ran at the base-commit.")
                .contains("Every check below ran at the base-commit 7625cfd4e5f6, not at the tip.")
                .contains("\treturn <mark>9</mark>;");
        // Its checks ran: patch 3's verdicts are shown, only the tip's apply was not tried.
        assertThat(page).doesNotContain("class=\"pwci-row-nottried\"");
    }

    @Test
    void failuresComeBeforeWarningsWithTheirLogs() {
        String page = HtmlReport.page(SampleRuns.finished());

        int fail = page.indexOf("<b>selftests</b>");
        int warning = page.indexOf("<b>checkpatch</b>");
        assertThat(fail).isPositive().isLessThan(warning);
        assertThat(page.indexOf("Failures and warnings (1 failed, 1 warned)")).isLessThan(page.indexOf("<h2>Checks</h2>"));
        assertThat(page.substring(warning)).contains("<a href=\"logs/checkpatch-2.txt\" rel=\"noopener noreferrer\">[log]</a>");
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
        assertThat(count(page, "class=\"pwci-bidi\"")).isPositive()
                .isEqualTo(count(page, "rtl \u202Egnp.exe\u202C end</bdi><span class=\"pwci-bidi\""));
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
