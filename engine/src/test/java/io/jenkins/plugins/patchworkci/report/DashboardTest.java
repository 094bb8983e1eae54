package io.jenkins.plugins.patchworkci.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.mail.Address;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardTest {

    private static final Clock NOW = Clock.fixed(SampleRuns.QUEUED.plusSeconds(3 * 3600), ZoneOffset.UTC);

    private static void put(Path out, String folder, Run run) throws IOException {
        Files.createDirectories(out.resolve(folder));
        RunJson.write(run, out.resolve(folder).resolve("run.json"));
    }

    private static Run at(Run run, long secondsAfterQueued) {
        Timings t = run.timings();
        return run.withTimings(new Timings(t.queued().plusSeconds(secondsAfterQueued), t.queued(),
                t.queued().plusSeconds(secondsAfterQueued), List.of()));
    }

    @Test
    void listsEveryRunNewestFirstWithItsStateTreeAndAMarkPerCheck(@TempDir Path out) throws IOException {
        put(out, "aaa-v2", at(SampleRuns.finished(), 600));
        put(out, "bbb-v1", at(SampleRuns.applyFailed(), 1200));
        put(out, "ccc-v1", at(SampleRuns.needsRebase(), 60));
        Files.createDirectories(out.resolve("broken-v1"));
        Files.writeString(out.resolve("broken-v1/run.json"), "{not json");

        Dashboard.write(out, NOW);

        String page = Files.readString(out.resolve("index.html"));
        assertThat(page.indexOf("href=\"bbb-v1/index.html\"")).isPositive()
                .isLessThan(page.indexOf("href=\"aaa-v2/index.html\""));
        assertThat(page.indexOf("href=\"aaa-v2/index.html\"")).isLessThan(page.indexOf("href=\"ccc-v1/index.html\""));
        assertThat(page).doesNotContain("broken-v1").contains("3 runs, newest first")
                .contains("<tr class=\"st-fail tr-0\">").contains("needs a rebase")
                .contains("<td class=\"pwci-small\">net-next</td>").contains(">2 h</td>")
                .contains("<th class=\"pwci-check\" scope=\"col\" title=\"selftests\">");
        // Filters are radio buttons and CSS: no script, the page's policy forbids one.
        assertThat(page).doesNotContainIgnoringCase("<script")
                .contains("<input type=\"radio\" name=\"state\" id=\"f-state-fail\">")
                .contains("#f-state-fail:checked~table tbody tr:not(.st-fail){display:none}")
                .contains("#f-tree-0:checked~table tbody tr:not(.tr-0){display:none}");
    }

    @Test
    void aRetriedRunAppearsOnceWithItsFinalState(@TempDir Path out) throws IOException {
        Run first = SampleRuns.applyFailed();
        put(out, "aaa-v2", first);
        Dashboard.write(out, NOW);
        assertThat(Files.readString(out.resolve("index.html"))).contains("<tr class=\"st-fail tr-0\">");

        // The retry rewrote its folder; a new process writes the page again.
        put(out, "aaa-v2", SampleRuns.finished().withResults(List.of(), List.of()));
        Dashboard.write(out, NOW);

        String page = Files.readString(out.resolve("index.html"));
        assertThat(count(page, "href=\"aaa-v2/index.html\"")).isEqualTo(1);
        assertThat(page).doesNotContain("class=\"st-fail").contains("<tr class=\"st-pending tr-0\">");
    }

    @Test
    void versionsOfASeriesGetALineagePageSayingWhatChanged(@TempDir Path out) throws IOException {
        Address jane = new Address("Jane Dev", "jane@example.org");
        String title = "net: core: make a() return 1";
        Run v1 = run(SampleRuns.series(title, List.of("net: core: return 1 from a()", "net: core: add b()"), jane),
                1, List.of("1111111111111111111111111111111111111111", "2222222222222222222222222222222222222222"),
                CheckState.FAIL);
        Run v2 = run(SampleRuns.series(title, List.of("net: core: return 1 from a()", "net: core: add b()",
                "selftests: net: add c()"), jane), 2, List.of("1111111111111111111111111111111111111111",
                "3333333333333333333333333333333333333333", "4444444444444444444444444444444444444444"), CheckState.SUCCESS);
        put(out, "s-v1", at(v1, 60));
        put(out, "s-v2", at(v2, 120));
        put(out, "other-v1", at(SampleRuns.needsRebase(), 30));

        Dashboard.write(out, NOW);

        String lineage = LineageView.fileName(v1.series());
        assertThat(Files.readString(out.resolve("index.html"))).contains("href=\"" + lineage + "\"");
        String page = Files.readString(out.resolve(lineage));
        assertThat(page).contains("2 versions by").contains("href=\"s-v1/index.html\"").contains("href=\"s-v2/index.html\"")
                .contains("<span class=\"pwci-tag pwci-tag-unchanged\">unchanged</span>1/3 ")
                .contains("<span class=\"pwci-tag pwci-tag-changed\">changed</span>2/3 ")
                .contains("<span class=\"pwci-tag pwci-tag-new\">new</span>3/3 ");
        assertThat(page).contains("title=\"fail \u2192 success\">\u2714 success<small> (was fail)</small>");
        try (var files = Files.list(out)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("lineage-"))).hasSize(1);
        }
    }

    private static Run run(ReportedSeries s, int version, List<String> patchIds, CheckState build) {
        List<ReportedPatch> patches = new ArrayList<>();
        for (ReportedPatch p : s.patches()) {
            patches.add(new ReportedPatch(p.number(), p.mail(), p.patchworkId(), p.patchworkUrl(),
                    patchIds.get(p.number() - 1)));
        }
        ReportedSeries series = new ReportedSeries(s.id() + "-" + version, s.title(), version, s.author(), s.cover(),
                patches, s.links());
        List<CheckResult> results = new ArrayList<>();
        for (ReportedPatch p : patches) {
            results.add(new CheckResult("build", p.number(), build, "built", ""));
        }
        return Run.started("r" + version, "r/" + version + "/", series, SampleRuns.plan(), List.of("build"),
                new Timings(SampleRuns.QUEUED, SampleRuns.QUEUED, SampleRuns.QUEUED, List.of())).withResults(results, List.of());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
