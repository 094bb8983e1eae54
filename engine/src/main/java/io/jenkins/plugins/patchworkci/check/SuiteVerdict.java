package io.jenkins.plugins.patchworkci.check;

import java.util.List;

/**
 * What the comparison of a series' run with the base's run concluded.
 *
 * @param state fail for a regression; warning for flakes, a broken base or missing tests; else success
 * @param description one line
 * @param details the lists, one test per line
 * @param regressions tests that pass (or do not exist) on the base and fail on the series, every retry too
 * @param flaky tests that failed, then passed on a retry
 * @param knownFlaky failures of tests in the ledger
 * @param baseBroken tests that fail on the base too
 * @param missing tests the base ran that the series' run did not
 */
public record SuiteVerdict(CheckState state, String description, String details, List<String> regressions,
        List<String> flaky, List<String> knownFlaky, List<String> baseBroken, List<String> missing) {

    public SuiteVerdict {
        regressions = List.copyOf(regressions);
        flaky = List.copyOf(flaky);
        knownFlaky = List.copyOf(knownFlaky);
        baseBroken = List.copyOf(baseBroken);
        missing = List.copyOf(missing);
    }
}
