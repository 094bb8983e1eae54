package io.jenkins.plugins.patchworkci.check;

import io.jenkins.plugins.patchworkci.check.results.FlakyLedger;
import io.jenkins.plugins.patchworkci.check.results.TestCase;
import io.jenkins.plugins.patchworkci.check.results.TestOutcome;
import io.jenkins.plugins.patchworkci.check.results.TestReport;
import io.jenkins.plugins.patchworkci.check.results.TestRerunner;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares a suite's run on the series with its run on the base, test by test, so that only
 * regressions are blamed on the series: a failure that the base shares is "base broken", a
 * failure of a test in the flaky ledger is a warning, and any other failure is retried up to
 * {@link #retries} times before it counts as a regression (a pass on retry is a flake, a warning).
 */
public final class RegressionAnalysis {

    private final TestReport series;
    private Optional<TestReport> base = Optional.empty();
    private int retries;
    private Optional<TestRerunner> rerunner = Optional.empty();
    private FlakyLedger ledger = FlakyLedger.empty();

    public RegressionAnalysis(TestReport series) {
        this.series = Objects.requireNonNull(series);
    }

    public RegressionAnalysis base(Optional<TestReport> report) {
        this.base = Objects.requireNonNull(report);
        return this;
    }

    public RegressionAnalysis retries(int times) {
        if (times < 0) {
            throw new IllegalArgumentException("retries cannot be negative: " + times);
        }
        this.retries = times;
        return this;
    }

    public RegressionAnalysis rerunner(Optional<TestRerunner> r) {
        this.rerunner = Objects.requireNonNull(r);
        return this;
    }

    public RegressionAnalysis ledger(FlakyLedger l) {
        this.ledger = Objects.requireNonNull(l);
        return this;
    }

    public SuiteVerdict call() throws IOException, InterruptedException {
        List<String> regressions = new ArrayList<>();
        List<String> flaky = new ArrayList<>();
        List<String> known = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (TestCase c : series.failures()) {
            Optional<TestCase> before = base.flatMap(b -> b.get(c.name()));
            if (before.isPresent() && before.get().outcome().failed()) {
                broken.add(c.name());
            } else if (ledger.isKnownFlaky(c.name())) {
                known.add(c.name());
            } else {
                int passedOn = retry(c.name());
                if (passedOn > 0) {
                    flaky.add(c.name() + " (passed on retry " + passedOn + ")");
                } else {
                    regressions.add(c.name() + (before.isEmpty() ? " (new test)" : "")
                            + (c.detail().isEmpty() ? "" : ": " + c.detail()));
                }
            }
        }
        base.ifPresent(b -> b.cases().stream().filter(c -> series.get(c.name()).isEmpty())
                .forEach(c -> missing.add(c.name())));
        long ran = series.cases().size();
        long passed = series.count(TestOutcome.PASS);
        long skipped = series.count(TestOutcome.SKIP);
        String counts = passed + "/" + ran + " passed, " + skipped + " skipped";
        CheckState state;
        String description;
        if (!regressions.isEmpty()) {
            state = CheckState.FAIL;
            description = regressions.size() + " regression(s): " + String.join(", ", names(regressions)) + "; "
                    + counts;
        } else if (!broken.isEmpty()) {
            state = CheckState.WARNING;
            description = "base broken: " + broken.size() + " test(s) fail on the base too; " + counts;
        } else if (!flaky.isEmpty() || !known.isEmpty()) {
            state = CheckState.WARNING;
            description = (flaky.size() + known.size()) + " flaky test(s); " + counts;
        } else if (!missing.isEmpty()) {
            state = CheckState.WARNING;
            description = missing.size() + " test(s) did not run; " + counts;
        } else if (ran == 0) {
            state = CheckState.WARNING;
            description = "no test results";
        } else {
            state = CheckState.SUCCESS;
            description = counts + (base.isEmpty() ? " (no base run to compare with)" : "");
        }
        StringBuilder details = new StringBuilder();
        section(details, "Regressions", regressions);
        section(details, "Failing on the base too (base broken)", broken);
        section(details, "Flaky (passed on retry)", flaky);
        section(details, "Known flaky (ledger)", known);
        section(details, "Ran on the base, not on the series", missing);
        return new SuiteVerdict(state, description, details.toString(), regressions, flaky, known, broken, missing);
    }

    /** The retry that passed (1-based), or 0 when none did or none could be made. */
    private int retry(String name) throws IOException, InterruptedException {
        if (rerunner.isEmpty()) {
            return 0;
        }
        for (int i = 1; i <= retries; i++) {
            TestOutcome o = rerunner.get().rerun(name);
            if (!o.failed()) {
                return i;
            }
        }
        return 0;
    }

    private static List<String> names(List<String> entries) {
        return entries.stream().map(e -> e.replaceFirst(" \\(new test\\).*|: .*", "")).limit(5).toList();
    }

    private static void section(StringBuilder b, String title, List<String> items) {
        if (!items.isEmpty()) {
            b.append(title).append(":\n");
            items.forEach(i -> b.append("  ").append(i).append('\n'));
        }
    }
}
