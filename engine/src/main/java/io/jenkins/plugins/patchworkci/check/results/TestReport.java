package io.jenkins.plugins.patchworkci.check.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results of one run of one suite, by test name. A name seen twice keeps its worst outcome
 * (a test_progs subtest that failed once failed).
 *
 * @param cases the tests in the order they ran
 */
public record TestReport(List<TestCase> cases) {

    public TestReport {
        Map<String, TestCase> byName = new LinkedHashMap<>();
        for (TestCase c : cases) {
            byName.merge(c.name(), c, (a, b) -> a.outcome().failed() ? a : b);
        }
        cases = List.copyOf(byName.values());
    }

    public Optional<TestCase> get(String name) {
        return cases.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public long count(TestOutcome outcome) {
        return cases.stream().filter(c -> c.outcome() == outcome).count();
    }

    public List<TestCase> failures() {
        return cases.stream().filter(c -> c.outcome().failed()).toList();
    }
}
