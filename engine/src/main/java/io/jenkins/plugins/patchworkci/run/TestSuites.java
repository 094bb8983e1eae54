package io.jenkins.plugins.patchworkci.run;

import io.jenkins.plugins.patchworkci.check.results.JUnitXmlParser;
import io.jenkins.plugins.patchworkci.check.results.KtapParser;
import io.jenkins.plugins.patchworkci.check.results.SuiteRun;
import io.jenkins.plugins.patchworkci.check.results.TestProgsParser;
import io.jenkins.plugins.patchworkci.check.results.TestReport;
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
final class TestSuites {

    /** A JUnit report larger than this is not read (the test output is untrusted). */
    static final long MAX_REPORT_BYTES = 64L * 1024 * 1024;

    private final CommandRunner commands;

    TestSuites(CommandRunner commands) {
        this.commands = commands;
    }

    List<SuiteRun> run(List<RunConfig.TestSuite> suites, Path workTree, ObjectId base, ObjectId head, Path logDir,
            Path outDir, List<LogLink> logs) throws IOException, InterruptedException {
        List<SuiteRun> out = new ArrayList<>();
        for (RunConfig.TestSuite suite : suites) {
            Optional<TestReport> onBase = Optional.empty();
            if (suite.onBase()) {
                SeriesRun.checkout(workTree, base);
                onBase = Optional.of(runOnce(suite, workTree, logDir.resolve(suite.name() + "-base.log"), outDir, logs));
                SeriesRun.checkout(workTree, head);
            }
            TestReport series = runOnce(suite, workTree, logDir.resolve(suite.name() + ".log"), outDir, logs);
            out.add(new SuiteRun(suite.name(), onBase, series, Optional.empty()));
        }
        return out;
    }

    private TestReport runOnce(RunConfig.TestSuite suite, Path workTree, Path log, Path outDir, List<LogLink> logs)
            throws IOException, InterruptedException {
        CommandResult r = commands.run(suite.command(), workTree, log);
        logs.add(new LogLink(suite.name() + (log.getFileName().toString().endsWith("-base.log") ? " (base)" : ""),
                outDir.relativize(log).toString(), 0));
        return switch (suite.format()) {
            case "test_progs" -> TestProgsParser.parse(r.output());
            case "junit" -> JUnitXmlParser.parse(readReport(workTree, suite.report().orElseThrow()));
            default -> KtapParser.parse(r.output());
        };
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
