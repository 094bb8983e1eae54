package io.jenkins.plugins.patchworkci.run;

import io.jenkins.plugins.patchworkci.report.Reporter;
import io.jenkins.plugins.patchworkci.report.Run;

/**
 * Tells the watcher where a run is from the points at which the reporters hear of it: the plan is
 * made and the work starts ({@link #started}), the result is in and goes out ({@link #finished}).
 * Listed first, so the steps are said, and the results marked as going out ({@link ResultsOut}),
 * before the real reporters post.
 */
final class StepReporting implements Reporter {

    private final RunEvents events;
    private final ResultsOut resultsOut;

    StepReporting(RunEvents events, ResultsOut resultsOut) {
        this.events = events;
        this.resultsOut = resultsOut;
    }

    private static String label(Run run) {
        return "[v" + run.series().version() + "] " + run.series().title(); // as Runner.label says it
    }

    @Override
    public void started(Run run) {
        int n = run.series().patches().size();
        events.step(label(run), "applying " + n + (n == 1 ? " patch" : " patches"));
    }

    @Override
    public void step(Run run, String step) {
        events.step(label(run), step);
    }

    @Override
    public void finished(Run run) {
        resultsOut.mark(label(run)); // from here on, a failure is the reporting's, not a reason to run again
        events.step(label(run), "reporting");
    }
}
