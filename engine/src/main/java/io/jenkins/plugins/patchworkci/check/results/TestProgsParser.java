package io.jenkins.plugins.patchworkci.check.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the output of BPF's {@code test_progs} (tools/testing/selftests/bpf/test_progs.c): one
 * line per test, {@code #123     name:OK}, and per subtest, {@code #123/4   name/sub:FAIL}; a test
 * whose subtests were partly skipped prints {@code OK (SKIP: 2/5)}, one left out of the build
 * {@code SKIP (not built)}. Assertion lines
 * ({@code test_x:FAIL:check ...}) have no leading {@code #} and are not results. The closing
 * {@code Summary: N/M PASSED, K SKIPPED, F FAILED} line is read back for the report.
 */
public final class TestProgsParser {

    private static final Pattern RESULT =
            Pattern.compile("^#(\\d+)(?:/(\\d+))?\\s+(\\S.*?):(OK|FAIL|SKIP)"
                    + "(?: \\(SKIP: (\\d+)/(\\d+)\\)| \\(not built\\))?\\s*$");
    private static final Pattern SUMMARY =
            Pattern.compile("^Summary: (\\d+)(?:/(\\d+))? PASSED, (\\d+) SKIPPED, (\\d+) FAILED");

    /**
     * The summary line's counts.
     *
     * @param passed tests passed
     * @param subtestsPassed subtests passed
     * @param skipped tests (and subtests) skipped
     * @param failed tests failed
     */
    public record Summary(int passed, int subtestsPassed, int skipped, int failed) {}

    private TestProgsParser() {}

    public static TestReport parse(String output) {
        List<TestCase> cases = new ArrayList<>();
        for (String line : output.split("\n")) {
            Matcher m = RESULT.matcher(line.stripTrailing());
            if (!m.matches()) {
                continue;
            }
            TestOutcome outcome = switch (m.group(4)) {
                case "OK" -> TestOutcome.PASS;
                case "SKIP" -> TestOutcome.SKIP;
                default -> TestOutcome.FAIL;
            };
            String detail = m.group(5) == null ? "" : "skipped " + m.group(5) + " of " + m.group(6) + " subtests";
            cases.add(new TestCase(m.group(3), outcome, detail));
        }
        return new TestReport(cases);
    }

    public static Optional<Summary> summary(String output) {
        for (String line : output.split("\n")) {
            Matcher m = SUMMARY.matcher(line.strip());
            if (m.find()) {
                // test_verifier prints no subtest count.
                return Optional.of(new Summary(Integer.parseInt(m.group(1)),
                        m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
            }
        }
        return Optional.empty();
    }
}
