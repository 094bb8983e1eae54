package io.jenkins.plugins.patchworkci.check.results;

import java.util.Objects;

/**
 * One test's result.
 *
 * @param name the test's full name, nested names joined with {@code /}
 *     ({@code selftests: net: fib_tests.sh}, {@code bpf_cookie/kprobe}, {@code suite/class.test})
 * @param outcome how it ended
 * @param detail the directive or failure message, possibly empty
 */
public record TestCase(String name, TestOutcome outcome, String detail) {

    public TestCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
    }
}
