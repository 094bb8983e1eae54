package io.jenkins.plugins.patchworkci.report;

import io.jenkins.plugins.patchworkci.report.Run;
import java.io.IOException;

/**
 * Tells the world about a run: Patchwork checks, mail, files. Called outside the build, never
 * from patched code. A reporter that fails says so; the run's own result stands.
 */
public interface Reporter {

    /** The run started: post pending states. */
    void started(Run run) throws IOException, InterruptedException;

    /** The run finished: post final states, send mail. */
    void finished(Run run) throws IOException, InterruptedException;

    /**
     * The run moved on to another step ("building patch 2/5", "testing"): for progress displays.
     * Reporters that post results ignore it.
     */
    default void step(Run run, String step) throws IOException, InterruptedException {}

    /**
     * The run was stopped before it finished because a newer version of the series arrived: no
     * result is reported for it. A reporter that already said something at {@link #started} (a
     * pending state) settles that once, saying why, so it is never left hanging; others say nothing.
     *
     * @param series the stopped version
     * @param why one line, naming the newer version
     */
    default void stopped(io.jenkins.plugins.patchworkci.report.ReportedSeries series, String why)
            throws IOException, InterruptedException {}
}
