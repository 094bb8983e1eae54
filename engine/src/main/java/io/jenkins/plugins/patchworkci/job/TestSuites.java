package io.jenkins.plugins.patchworkci.job;

import io.jenkins.plugins.patchworkci.check.results.JUnitXmlParser;
import io.jenkins.plugins.patchworkci.check.results.KtapParser;
import io.jenkins.plugins.patchworkci.check.results.SuiteRun;
import io.jenkins.plugins.patchworkci.check.results.TestOutcome;
import io.jenkins.plugins.patchworkci.check.results.TestProgsParser;
import io.jenkins.plugins.patchworkci.check.results.TestReport;
import io.jenkins.plugins.patchworkci.check.results.TestRerunner;
import io.jenkins.plugins.patchworkci.job.WorkTreeCheckout;
import io.jenkins.plugins.patchworkci.report.LogLink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Runs the configured test suites on the base and on the series, and reads their results, so the
 * test check can fail only regressions and call a failing base what it is.
 */
public final class TestSuites {

    /** A JUnit report larger than this is not read (the test output is untrusted). */
    static final long MAX_REPORT_BYTES = 64L * 1024 * 1024;

    private final CommandRunner commands;

    public TestSuites(CommandRunner commands) {
        this.commands = commands;
    }

    public List<SuiteRun> run(List<TestSuite> suites, Path workTree, ObjectId base, ObjectId head, Path logDir,
            Path outDir, List<LogLink> logs) throws IOException, InterruptedException {
        List<SuiteRun> out = new ArrayList<>();
        for (TestSuite suite : suites) {
            Optional<TestReport> onBase = Optional.empty();
            if (suite.onBase()) {
                WorkTreeCheckout.move(workTree, base);
                onBase = Optional.of(runOnce(suite, workTree, logDir.resolve(suite.name() + "-base.log"), outDir, logs));
                WorkTreeCheckout.move(workTree, head);
            }
            TestReport series = runOnce(suite, workTree, logDir.resolve(suite.name() + ".log"), outDir, logs);
            Optional<TestRerunner> rerunner = suite.rerunFailed() > 0 && !series.failures().isEmpty()
                    ? Optional.of(new SuiteRerunner(suite, workTree, head, logDir, outDir, logs))
                    : Optional.empty();
            out.add(new SuiteRun(suite.name(), onBase, series, rerunner));
        }
        return out;
    }

    private TestReport runOnce(TestSuite suite, Path workTree, Path log, Path outDir, List<LogLink> logs)
            throws IOException, InterruptedException {
        CommandResult r = commands.run(suite.command(), workTree, log);
        String file = log.getFileName().toString();
        String which = file.endsWith("-base.log") ? " (base)"
                : file.contains("-rerun-") ? " (rerun " + file.replaceAll(".*-rerun-(\\d+)\\.log", "$1") + ")" : "";
        logs.add(new LogLink(suite.name() + which,
                outDir.relativize(log).toString(), 0));
        return switch (suite.format()) {
            case "test_progs" -> TestProgsParser.parse(r.output());
            case "junit" -> JUnitXmlParser.parse(readReport(workTree, suite.report().orElseThrow()));
            default -> KtapParser.parse(r.output());
        };
    }

    /**
     * Reruns a failed test by running its whole suite again on the series (suites name no way to
     * run one test): the n-th rerun of any test is the suite's n-th rerun, run once and shared by
     * every failed test, at most {@code rerunFailed} times. A test the rerun does not mention
     * counts as failed again.
     */
    private final class SuiteRerunner implements TestRerunner {
        private final TestSuite suite;
        private final Path workTree;
        private final ObjectId head;
        private final Path logDir;
        private final Path outDir;
        private final List<LogLink> logs;
        private final List<TestReport> reruns = new ArrayList<>();
        private final java.util.Map<String, Integer> asked = new java.util.HashMap<>();

        SuiteRerunner(TestSuite suite, Path workTree, ObjectId head, Path logDir, Path outDir, List<LogLink> logs) {
            this.suite = suite;
            this.workTree = workTree;
            this.head = head;
            this.logDir = logDir;
            this.outDir = outDir;
            this.logs = logs;
        }

        @Override
        public synchronized TestOutcome rerun(String testName) throws IOException, InterruptedException {
            int attempt = asked.merge(testName, 1, Integer::sum);
            if (attempt > suite.rerunFailed()) {
                return TestOutcome.FAIL; // no rerun left: the failure stands
            }
            while (reruns.size() < attempt) {
                WorkTreeCheckout.move(workTree, head); // other checks may have moved the tree
                reruns.add(runOnce(suite, workTree, logDir.resolve(suite.name() + "-rerun-" + (reruns.size() + 1) + ".log"),
                        outDir, logs));
            }
            return reruns.get(attempt - 1).get(testName).map(c -> c.outcome()).orElse(TestOutcome.FAIL);
        }
    }

    /** The report file, which the patched code wrote: it must be a plain file inside the work tree. */
    static byte[] readReport(Path workTree, String relative) throws IOException {
        Path root = workTree.toRealPath();
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("test report " + relative + " is not a file inside the work tree");
        }
        if (!file.toRealPath().startsWith(root)) {
            throw new IOException("test report " + relative + " leads outside the work tree");
        }
        if (Files.size(file) > MAX_REPORT_BYTES) {
            throw new IOException("test report " + relative + " is larger than " + MAX_REPORT_BYTES + " bytes");
        }
        return Files.readAllBytes(file);
    }
}
