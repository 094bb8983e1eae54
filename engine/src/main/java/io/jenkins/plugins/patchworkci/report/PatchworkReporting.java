package io.jenkins.plugins.patchworkci.report;

import io.jenkins.plugins.patchworkci.report.PatchworkReporter;
import io.jenkins.plugins.patchworkci.report.PostOutcome;
import io.jenkins.plugins.patchworkci.report.Run;
import java.util.List;
import java.util.function.Consumer;

/** Patchwork checks around a run: pending when it starts, the verdicts when it ends. */
public final class PatchworkReporting implements Reporter {

    private final PatchworkReporter reporter;
    private final Consumer<List<PostOutcome>> outcomes;

    public PatchworkReporting(PatchworkReporter reporter, Consumer<List<PostOutcome>> outcomes) {
        this.reporter = reporter;
        this.outcomes = outcomes;
    }

    @Override
    public void started(Run run) throws InterruptedException {
        outcomes.accept(reporter.started(run));
    }

    @Override
    public void stopped(io.jenkins.plugins.patchworkci.report.ReportedSeries series, String why) throws InterruptedException {
        outcomes.accept(reporter.stopped(series, why));
    }

    @Override
    public void finished(Run run) throws InterruptedException {
        outcomes.accept(reporter.finished(run));
        outcomes.accept(reporter.expire());
    }
}
