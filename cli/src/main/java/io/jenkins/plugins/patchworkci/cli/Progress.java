package io.jenkins.plugins.patchworkci.cli;

import java.io.PrintWriter;

/**
 * Progress of long work: on a terminal one line rewritten in place; in a log (not a terminal)
 * nothing, because the commands print their plain result lines anyway.
 */
final class Progress {

    private final PrintWriter err;
    private final boolean terminal;
    private int width;

    private Progress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    static Progress on(PrintWriter err, boolean terminal) {
        return new Progress(err, terminal);
    }

    synchronized void update(String line) {
        if (!terminal) {
            return;
        }
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
    }

    synchronized void done() {
        if (terminal && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
