package io.jenkins.plugins.patchworkci.check;

import io.jenkins.plugins.patchworkci.check.results.FlakyLedger;
import io.jenkins.plugins.patchworkci.check.results.SuiteRun;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tests}: each suite the pipeline ran ({@link CheckContext#testRuns()}) reported under the
 * suite's own name, with only regressions against the base failing ({@link RegressionAnalysis}).
 * A suite runs on the whole series, so its verdict is reported on every patch.
 *
 * <p>Options: {@code retries} (1), {@code flaky} (a list of test names or globs).
 */
public final class TestResultsCheck implements Check {

    public static final String NAME = "tests";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<CheckResult> run(CheckContext context, CheckOptions options) throws IOException, InterruptedException {
        FlakyLedger ledger = FlakyLedger.of(options.list("flaky", List.of()));
        List<CheckResult> out = new ArrayList<>();
        for (SuiteRun run : context.testRuns()) {
            SuiteVerdict v = new RegressionAnalysis(run.series()).base(run.base()).rerunner(run.rerunner())
                    .retries(options.integer("retries", 1)).ledger(ledger).call();
            for (PatchUnderTest p : context.patches()) {
                out.add(new CheckResult(run.name(), p.number(), v.state(), v.description(), v.details()));
            }
        }
        return out;
    }
}
