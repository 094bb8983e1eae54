package io.jenkins.plugins.patchworkci.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.patchworkci.check.CheckRegistry;
import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.mail.Address;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The series page read at a glance, as Chromium lays it out in a window 1280 pixels wide: for a
 * 3-patch and a 30-patch series with every built-in check (and the build and test checks a site
 * adds), the page is no wider than the window, so every check's state is in view, and every
 * subject reads on at most two lines with no word broken.
 */
class SeriesPageLayoutInChromiumTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Subjects as long as real ones (libbpf, net-next), from 60 to 95 characters. */
    private static final List<String> SUBJECTS = List.of(
            "libbpf: Fix handling of BPF arena relocations when the arena map is not the first one",
            "selftests/bpf: Add test for bpf_dynptr_slice_rdwr() with a non-zero offset and a small buffer",
            "bpf: Make the verifier track the precision of spilled scalar registers across subprogram calls",
            "net: dev: add a queue maximum",
            "netdevsim: implement the new queue management operations for the ethtool ring parameters",
            "selftests: net: add a test for the settable queue length of netdevsim devices");

    static List<String> everyCheck() {
        List<String> checks = new ArrayList<>(CheckRegistry.builtIn().names());
        checks.addAll(List.of("build", "build_series"));
        return checks;
    }

    static Run run(int patches) {
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < patches; i++) {
            subjects.add(SUBJECTS.get(i % SUBJECTS.size()));
        }
        ReportedSeries series = SampleRuns.series("bpf: a series of " + patches + " patches for the layout test",
                subjects, new Address("Jane Dev", "jane@example.org"));
        List<String> checks = everyCheck();
        List<CheckResult> results = new ArrayList<>();
        for (int p = 1; p <= patches; p++) {
            for (String check : checks) {
                CheckState state = check.equals("build_warnings") && p == patches ? CheckState.FAIL
                        : check.equals("checkpatch") && p % 3 == 0 ? CheckState.WARNING : CheckState.SUCCESS;
                results.add(new CheckResult(check, p, state, check + " said " + state.apiName(), ""));
            }
        }
        Run started = Run.started("layout-" + patches, "layout/" + patches + "/", series, SampleRuns.plan(), checks,
                new Timings(SampleRuns.QUEUED, null, null, List.of()));
        return SampleRuns.withVerdicts(started).withResults(results, List.of());
    }

    @ParameterizedTest(name = "{0} patches")
    @ValueSource(ints = {3, 30})
    void everyCheckIsInViewAndEverySubjectReadsOnAtMostTwoLines(int patches, @TempDir Path dir)
            throws IOException, InterruptedException {
        Chromium chromium = Chromium.require();
        Run run = run(patches);
        assertThat(run.checks()).hasSizeGreaterThanOrEqualTo(17);
        Path page = dir.resolve("series.html");
        HtmlReport.write(run, page);

        JsonNode layout = JSON.readTree(chromium.layout(page, 1280, 900, dir));
        String keep = System.getProperty("pwci.layout.screenshots");
        if (keep != null) {
            chromium.screenshot(page, Path.of(keep).resolve("layout-" + patches + ".png"), 1280, 900, dir);
        }

        int window = layout.get("windowWidth").asInt();
        assertThat(window).isEqualTo(1280);
        assertThat(layout.get("documentWidth").asInt()).as("the document's width").isLessThanOrEqualTo(window);
        assertThat(layout.get("rightmostCell").asDouble()).as("the last check's column").isLessThanOrEqualTo(window);
        assertThat(layout.get("subjects")).hasSize(patches);
        for (JsonNode s : layout.get("subjects")) {
            assertThat(s.get("lines").asInt()).as("lines of %s", s.get("text")).isBetween(1, 2);
            assertThat(s.get("broken")).as("words broken in %s", s.get("text")).isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void aNarrowSubjectColumnIsCaught(@TempDir Path dir) throws IOException, InterruptedException {
        // The measuring itself can fail: the same page in a window too narrow for it.
        Chromium chromium = Chromium.require();
        Path page = dir.resolve("series.html");
        HtmlReport.write(run(3), page);

        JsonNode layout = JSON.readTree(chromium.layout(page, 500, 900, dir));

        assertThat(layout.get("documentWidth").asInt() > layout.get("windowWidth").asInt()
                || java.util.stream.StreamSupport.stream(layout.get("subjects").spliterator(), false)
                        .anyMatch(s -> s.get("lines").asInt() > 2)).isTrue();
    }
}
