package io.jenkins.plugins.patchworkci.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.patchwork.CheckStateWire;
import io.jenkins.plugins.patchworkci.patchwork.NewCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuildStatusCheckTest {

    private static final String URL = "https://ci.example.org/job/netdevbpf/job/net-next-3f2a9c0b1d4e/12/";

    @ParameterizedTest
    @CsvSource({"SUCCESS, success", "UNSTABLE, warning", "FAILURE, fail", "NOT_BUILT, warning",
            "ABORTED, warning", "success, success", "' FAILURE ', fail"})
    void jenkinsResultsMapToCheckStates(String result, String state) {
        assertThat(BuildOutcome.of(result).checkState()).isEqualTo(CheckStateWire.of(state));
    }

    @Test
    void onlyAFailureIsAFailAndOnlyASuccessIsASuccess() {
        for (BuildOutcome o : BuildOutcome.values()) {
            assertThat(o.checkState() == CheckState.FAIL).as("%s", o).isEqualTo(o == BuildOutcome.FAILURE);
            assertThat(o.checkState() == CheckState.SUCCESS).as("%s", o).isEqualTo(o == BuildOutcome.SUCCESS);
            assertThat(o.checkState()).as("%s", o).isNotEqualTo(CheckState.PENDING);
        }
    }

    @Test
    void aCompletedBuildWithoutResultIsAFailureAndAnUnknownWordIsAnError() {
        assertThat(BuildOutcome.of(null)).isEqualTo(BuildOutcome.FAILURE);
        assertThatThrownBy(() -> BuildOutcome.of("GREEN")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'GREEN'");
    }

    @Test
    void blankContextMeansOffAndABadOneIsRefusedAtConfiguration() {
        assertThat(BuildStatusCheck.configured(null)).isEmpty();
        assertThat(BuildStatusCheck.configured("  ")).isEmpty();
        assertThat(BuildStatusCheck.configured(" jenkins ")).contains(new BuildStatusCheck("jenkins"));
        assertThatThrownBy(() -> BuildStatusCheck.configured("jenkins build"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'jenkins build'");
    }

    @Test
    void startIsPendingAndTheEndReplacesItUnderTheSameContext() {
        BuildStatusCheck auto = new BuildStatusCheck("jenkins");
        NewCheck start = auto.started("#12", URL);
        assertThat(start).isEqualTo(new NewCheck(CheckState.PENDING, "jenkins", URL, "build #12 running"));
        NewCheck end = auto.completed("#12", BuildOutcome.UNSTABLE, URL, null);
        assertThat(end).isEqualTo(new NewCheck(CheckState.WARNING, "jenkins", URL, "build unstable (#12)"));
        assertThat(end.context()).isEqualTo(start.context());
    }

    @Test
    void anAbortedBuildSaysWhy() {
        NewCheck end = new BuildStatusCheck("jenkins").completed("#12", BuildOutcome.ABORTED, URL,
                "superseded by v3 (build #13)");
        assertThat(end.state()).isEqualTo(CheckState.WARNING);
        assertThat(end.description()).isEqualTo("build aborted (#12): superseded by v3 (build #13)");
    }

    @Test
    void aMissingOrUnsafeUrlIsLeftOutRatherThanFailingThePost() {
        BuildStatusCheck auto = new BuildStatusCheck("jenkins");
        assertThat(auto.started("#1", null).targetUrl()).isNull();
        assertThat(auto.started("#1", "javascript:alert(1)").targetUrl()).isNull();
        assertThat(auto.started("#1", "/job/x/1/").targetUrl()).isNull();
        assertThat(auto.started("#1", "https://ci.example.org/" + "a".repeat(2000)).targetUrl()).isNull();
    }

    @Test
    void descriptionsStayOneShortLine() {
        NewCheck end = new BuildStatusCheck("jenkins").completed("#1", BuildOutcome.ABORTED, null,
                "line one\nline two " + "x".repeat(500));
        assertThat(end.description()).doesNotContain("\n").hasSizeLessThanOrEqualTo(BuildStatusCheck.MAX_DESCRIPTION)
                .startsWith("build aborted (#1): line one line two x");
    }
}
