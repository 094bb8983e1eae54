package io.jenkins.plugins.patchworkci.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.check.results.FlakyLedger;
import io.jenkins.plugins.patchworkci.check.results.TestOutcome;
import io.jenkins.plugins.patchworkci.check.results.TestProgsParser;
import io.jenkins.plugins.patchworkci.check.results.TestReport;
import io.jenkins.plugins.patchworkci.check.results.TestRerunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Only regressions are the series' fault: base failures, flakes and the ledger are not. */
class RegressionAnalysisTest {

    private static final String BASE = """
            #1       align:OK
            #2/1     atomics/add:OK
            #2/2     atomics/sub:OK
            #2       atomics:OK
            #3       broken_on_base:FAIL
            #4       flaky_one:OK
            #5       gone:OK
            Summary: 4/2 PASSED, 0 SKIPPED, 1 FAILED
            """;

    private static TestReport base() {
        return TestProgsParser.parse(BASE);
    }

    @Test
    void aTestThatPassesOnTheBaseAndFailsOnTheSeriesIsARegression() throws Exception {
        TestReport series = TestProgsParser.parse(BASE.replace("#2/2     atomics/sub:OK", "#2/2     atomics/sub:FAIL")
                .replace("#2       atomics:OK", "#2       atomics:FAIL"));
        List<String> reruns = new ArrayList<>();
        SuiteVerdict v = new RegressionAnalysis(series).base(Optional.of(base())).retries(2)
                .rerunner(Optional.of(name -> {
                    reruns.add(name);
                    return TestOutcome.FAIL;
                })).call();
        assertThat(v.state()).isEqualTo(CheckState.FAIL);
        assertThat(v.regressions()).containsExactly("atomics/sub", "atomics");
        assertThat(v.baseBroken()).containsExactly("broken_on_base");
        assertThat(reruns).as("each regression retried twice").hasSize(4);
        assertThat(v.description()).startsWith("2 regression(s): atomics/sub, atomics");
    }

    @Test
    void aFailingBaseIsReportedAsBaseBrokenNotBlamed() throws Exception {
        SuiteVerdict v = new RegressionAnalysis(base()).base(Optional.of(base())).call();
        assertThat(v.state()).isEqualTo(CheckState.WARNING);
        assertThat(v.description()).startsWith("base broken: 1 test(s) fail on the base too");
        assertThat(v.regressions()).isEmpty();
    }

    @Test
    void aPassOnRetryIsAFlakeAndTheLedgerIsAWarning() throws Exception {
        TestReport series = TestProgsParser.parse(BASE.replace("#3       broken_on_base:FAIL", "#3       broken_on_base:OK")
                .replace("flaky_one:OK", "flaky_one:FAIL").replace("#1       align:OK", "#1       align:FAIL"));
        int[] calls = {0};
        TestRerunner secondTimeLucky = name -> ++calls[0] >= 2 ? TestOutcome.PASS : TestOutcome.FAIL;
        SuiteVerdict v = new RegressionAnalysis(series).base(Optional.of(base())).retries(3)
                .rerunner(Optional.of(secondTimeLucky)).ledger(FlakyLedger.parse("# known\nflaky_*\n")).call();
        assertThat(v.state()).isEqualTo(CheckState.WARNING);
        assertThat(v.flaky()).containsExactly("align (passed on retry 2)");
        assertThat(v.knownFlaky()).containsExactly("flaky_one");
        assertThat(calls[0]).as("known-flaky tests are not rerun").isEqualTo(2);
    }

    @Test
    void withoutRetriesAFailureStaysARegression() throws Exception {
        TestReport series = TestProgsParser.parse(BASE.replace("#1       align:OK", "#1       align:FAIL"));
        SuiteVerdict v = new RegressionAnalysis(series).base(Optional.of(base())).retries(0)
                .rerunner(Optional.of(name -> TestOutcome.PASS)).call();
        assertThat(v.state()).isEqualTo(CheckState.FAIL);
    }

    @Test
    void newFailingTestsAndMissingTests() throws Exception {
        TestReport series = TestProgsParser.parse(BASE.replace("#5       gone:OK\n", "#6       brand_new:FAIL\n"));
        SuiteVerdict v = new RegressionAnalysis(series).base(Optional.of(base())).call();
        assertThat(v.regressions()).containsExactly("brand_new (new test)");
        assertThat(v.missing()).containsExactly("gone");
        SuiteVerdict onlyMissing = new RegressionAnalysis(TestProgsParser.parse(BASE.replace("#5       gone:OK\n", "")
                .replace("broken_on_base:FAIL", "broken_on_base:OK"))).base(Optional.of(base())).call();
        assertThat(onlyMissing.state()).isEqualTo(CheckState.WARNING);
        assertThat(onlyMissing.description()).startsWith("1 test(s) did not run");
    }

    @Test
    void allPassingIsSuccess() throws Exception {
        TestReport clean = TestProgsParser.parse(BASE.replace("broken_on_base:FAIL", "broken_on_base:OK"));
        SuiteVerdict v = new RegressionAnalysis(clean).base(Optional.of(clean)).call();
        assertThat(v.state()).isEqualTo(CheckState.SUCCESS);
        assertThat(v.description()).isEqualTo("7/7 passed, 0 skipped");
    }

    @Test
    void ledgerGlobs() {
        FlakyLedger l = FlakyLedger.of(List.of("selftests: net: *.sh", "exact"));
        assertThat(l.isKnownFlaky("selftests: net: udpgso.sh")).isTrue();
        assertThat(l.isKnownFlaky("selftests: bpf: x.sh")).isFalse();
        assertThat(l.isKnownFlaky("exact")).isTrue();
        assertThat(l.isKnownFlaky("exactly")).isFalse();
        assertThat(FlakyLedger.of(List.of("a.b")).isKnownFlaky("axb")).as("dots are literal").isFalse();
    }
}
