package io.jenkins.plugins.patchworkci.check.results;

import java.util.Objects;
import java.util.Optional;

/**
 * One test suite run on the base and on the series, as the pipeline hands it to the checks.
 *
 * @param name the Patchwork context to report under ({@code kselftest-net}, {@code test_progs})
 * @param base the suite's results on the base commit, empty when the base was not run
 * @param series the suite's results with the series applied
 * @param rerunner reruns one test on the series, empty when retries are not possible
 */
public record SuiteRun(String name, Optional<TestReport> base, TestReport series, Optional<TestRerunner> rerunner) {

    public SuiteRun {
        if (name == null || !name.matches("[-a-zA-Z0-9_]+")) {
            throw new IllegalArgumentException("suite name must be a Patchwork context slug: " + name);
        }
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(rerunner, "rerunner");
    }
}
