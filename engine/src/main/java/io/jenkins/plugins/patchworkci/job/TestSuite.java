package io.jenkins.plugins.patchworkci.job;

import java.util.List;
import java.util.Optional;

/**
 * A test suite run after the build: its command, how to read its results, and whether to run it
 * on the base too, so that only regressions fail.
 *
 * @param name the suite's name (its check context)
 * @param command the argument list, run in the work tree
 * @param format {@code ktap} (kselftest), {@code test_progs} (BPF) or {@code junit}
 * @param report for junit: the XML file the command writes, relative to the work tree
 * @param onBase whether to run it on the base commit as well
 * @param rerunFailed how many times the suite may be run again on the series when tests fail,
 *     so that a test failing then passing is told apart (flaky: a warning) from a regression
 */
public record TestSuite(String name, List<String> command, String format, Optional<String> report, boolean onBase,
        int rerunFailed) {

    /** A suite that is never rerun. */
    public TestSuite(String name, List<String> command, String format, Optional<String> report, boolean onBase) {
        this(name, command, format, report, onBase, 0);
    }
}
