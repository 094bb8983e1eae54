package io.jenkins.plugins.patchworkci.cli;

import io.jenkins.plugins.patchworkci.run.RunEvents;
import io.jenkins.plugins.patchworkci.run.RunRecord;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Progress of {@code pwci run}. In a log (not a terminal): plain lines, one per poll, problem,
 * skip, start, step and finish. On a terminal: the same lines except the steps, which instead keep
 * one status line, rewritten in place, of where each running series is.
 */
final class ConsoleEvents implements RunEvents {

    /** How wide the status line may grow: wider lines wrap, and a wrapped line cannot be rewritten. */
    private static final int WIDTH = 118;

    private final PrintWriter out;
    private final Progress progress;
    private final boolean terminal;
    /** The step of each running series, by label, in the order they started; guarded by this. */
    private final Map<String, String> running = new LinkedHashMap<>();

    ConsoleEvents(PrintWriter out) {
        this(out, false);
    }

    ConsoleEvents(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
        this.progress = Progress.on(out, terminal);
    }

    private synchronized void line(String s) {
        progress.done();
        out.println(s);
        out.flush();
        redraw();
    }

    private void redraw() {
        if (running.isEmpty()) {
            progress.done();
            return;
        }
        StringBuilder b = new StringBuilder("running " + running.size() + ": ");
        String sep = "";
        for (Map.Entry<String, String> e : running.entrySet()) {
            b.append(sep).append(e.getKey()).append(" \u2014 ").append(e.getValue());
            sep = " | ";
        }
        progress.update(b.length() > WIDTH ? b.substring(0, WIDTH - 1) + "\u2026" : b.toString());
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
    public synchronized void started(String series) {
        running.put(series, "queued");
        line("running " + series);
    }

    @Override
    public synchronized void step(String series, String step) {
        if (terminal) {
            running.put(series, step);
            redraw();
        } else {
            line("  " + series + ": " + step);
        }
    }

    @Override
    public synchronized void finished(String series, RunRecord record) {
        running.remove(series);
        // A retried error's outcome says which attempt it was and when the next one starts.
        line("finished " + series + ": " + record.status().name().toLowerCase() + " " + record.outcome());
    }
}
