package io.jenkins.plugins.patchworkci.step;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.patchwork.NewCheck;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Checks API results as Patchwork checks. The status and conclusion names are those of checks-api
 * 415.vf022234a_931d ({@code ChecksStatus}, {@code ChecksConclusion}); the limits are Patchwork's
 * (context slug of at most 255, {@code target_url} URLField of at most 200, one-line descriptions).
 */
class ExternalCheckTest {

    private static ExternalCheck check(String status, String conclusion) {
        return new ExternalCheck("Tests", status, conclusion, null, null, null);
    }

    @Test
    void everyStatusAndConclusionHasAState() {
        for (String status : List.of("QUEUED", "IN_PROGRESS")) {
            assertThat(check(status, "NONE").state()).as(status).isEqualTo(CheckState.PENDING);
        }
        assertThat(check("NONE", "NONE").state()).as("nothing known yet").isEqualTo(CheckState.PENDING);
        assertThat(check(null, null).state()).isEqualTo(CheckState.PENDING);
        List<String> conclusions = List.of("NONE", "ACTION_REQUIRED", "SKIPPED", "CANCELED", "TIME_OUT", "FAILURE",
                "NEUTRAL", "SUCCESS");
        List<CheckState> expected = List.of(CheckState.WARNING, CheckState.WARNING, CheckState.SUCCESS,
                CheckState.WARNING, CheckState.FAIL, CheckState.FAIL, CheckState.SUCCESS, CheckState.SUCCESS);
        for (int i = 0; i < conclusions.size(); i++) {
            assertThat(check("COMPLETED", conclusions.get(i)).state()).as(conclusions.get(i)).isEqualTo(expected.get(i));
        }
        assertThat(check("NONE", "FAILURE").state()).as("a conclusion alone means finished").isEqualTo(CheckState.FAIL);
        assertThat(check("COMPLETED", "SOMETHING_NEW").state()).isEqualTo(CheckState.WARNING);
    }

    @Test
    void namesBecomePatchworkSlugs() {
        assertThat(ExternalCheck.context("Tests")).isEqualTo("tests");
        assertThat(ExternalCheck.context("Java Compiler (javac)")).isEqualTo("java_compiler_javac");
        assertThat(ExternalCheck.context("build / x86_64 -- W=1")).isEqualTo("build_x86_64_--_w_1");
        assertThat(ExternalCheck.context("Ünïcode ✓")).isEqualTo("n_code");
        assertThat(ExternalCheck.context("((()))")).isEqualTo("jenkins");
        assertThat(ExternalCheck.context(null)).isEqualTo("jenkins");
        assertThat(ExternalCheck.context("x".repeat(300))).hasSize(255);
    }

    @Test
    void descriptionIsTheTitleElseTheSummaryOnOneLineWithinTheLimit() {
        assertThat(new ExternalCheck("Tests", "COMPLETED", "FAILURE", "3 tests failed", "## Details\n...", null)
                .description()).isEqualTo("3 tests failed");
        assertThat(new ExternalCheck("Tests", "COMPLETED", "FAILURE", " ", "two\nlines", null).description())
                .isEqualTo("two lines");
        assertThat(new ExternalCheck("Tests", "COMPLETED", "TIME_OUT", null, null, null).description()).isEqualTo("time out");
        assertThat(new ExternalCheck("Tests", "IN_PROGRESS", null, null, null, null).description()).isEqualTo("running");
        String cut = new ExternalCheck("Tests", "COMPLETED", "SUCCESS", "y".repeat(1000), null, null).description();
        assertThat(cut).hasSize(255).endsWith("\u2026");
    }

    @Test
    void targetIsTheDetailsUrlElseTheBuildsWhenPatchworkWouldTakeIt() {
        String build = "https://ci.example.org/job/netdevbpf/job/net-next-3f2a9c0b1d4e/7/";
        assertThat(new ExternalCheck("Tests", "COMPLETED", "SUCCESS", null, null, "https://ci.example.org/tests")
                .toPatchwork(build).targetUrl()).isEqualTo("https://ci.example.org/tests");
        assertThat(new ExternalCheck("Tests", "COMPLETED", "SUCCESS", null, null, null).toPatchwork(build).targetUrl())
                .isEqualTo(build);
        assertThat(new ExternalCheck("Tests", "COMPLETED", "SUCCESS", null, null, "javascript:alert(1)")
                .toPatchwork(build).targetUrl()).as("not http(s)").isEqualTo(build);
        assertThat(new ExternalCheck("Tests", "COMPLETED", "SUCCESS", null, null, "https://x.example/" + "a".repeat(200))
                .toPatchwork(null).targetUrl()).as("longer than Patchwork's URLField").isNull();
    }

    @Property(tries = 300)
    void anyInputMakesACheckPatchworkAccepts(@ForAll String name, @ForAll String title, @ForAll String url) {
        NewCheck c = new ExternalCheck(name, "COMPLETED", "FAILURE", title, null, url).toPatchwork(url);
        assertThat(c.context()).matches("[-a-zA-Z0-9_]{1,255}");
        assertThat(c.description()).doesNotContain("\n", "\r").hasSizeLessThanOrEqualTo(255);
        assertThat(c.state()).isEqualTo(CheckState.FAIL);
    }
}
