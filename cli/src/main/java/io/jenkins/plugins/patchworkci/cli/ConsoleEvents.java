package io.jenkins.plugins.patchworkci.cli;

import io.jenkins.plugins.patchworkci.run.RunEvents;
import io.jenkins.plugins.patchworkci.run.RunRecord;
import java.io.PrintWriter;

/** Progress as plain lines: one per poll, problem, skip, start and finish. */
final class ConsoleEvents implements RunEvents {

    private final PrintWriter out;

    ConsoleEvents(PrintWriter out) {
        this.out = out;
    }

    private synchronized void line(String s) {
        out.println(s);
        out.flush();
    }

    @Override
    public void polled(String source, int arrivals) {
        line("polled " + source + ": " + arrivals + (arrivals == 1 ? " arrival" : " arrivals"));
    }

    @Override
    public void problem(String where, String reason) {
        line("problem: " + where + ": " + reason);
    }

    @Override
    public void skipped(String series, String why) {
        line("skipped " + series + ": " + why);
    }

    @Override
    public void started(String series) {
        line("running " + series);
    }

    @Override
    public void finished(String series, RunRecord record) {
        line("finished " + series + ": " + record.status().name().toLowerCase() + " " + record.outcome());
    }
}
