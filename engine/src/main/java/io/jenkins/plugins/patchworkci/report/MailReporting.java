package io.jenkins.plugins.patchworkci.report;

import io.jenkins.plugins.patchworkci.report.MailReporter;
import io.jenkins.plugins.patchworkci.report.Run;
import java.io.IOException;
import java.util.function.Consumer;

/** The mail report when a run finishes, by the configured policy (one digest per series version). */
public final class MailReporting implements Reporter {

    private final MailReporter reporter;
    private final Consumer<MailReporter.Outcome> outcomes;

    public MailReporting(MailReporter reporter, Consumer<MailReporter.Outcome> outcomes) {
        this.reporter = reporter;
        this.outcomes = outcomes;
    }

    @Override
    public void started(Run run) {}

    @Override
    public void finished(Run run) throws IOException {
        outcomes.accept(reporter.report(run));
    }
}
