package io.jenkins.plugins.patchworkci.cli;

import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Where the engine's log records go on the command line: nowhere, unless {@code --verbose} asks
 * for them, and then as one plain line each ({@code pwci: GET … failed …; retrying in 1 s}) on
 * standard error, never the JDK's two-line console records. What a command must say (a failure,
 * a problem) it says itself; the log only shows the work on the way (retries).
 */
final class ConsoleLogging {

    private ConsoleLogging() {}

    static void configure(boolean verbose, PrintWriter err) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        if (!verbose) {
            root.setLevel(Level.OFF);
            return;
        }
        root.setLevel(Level.INFO);
        root.addHandler(new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (isLoggable(r)) {
                    String text = r.getParameters() == null || r.getParameters().length == 0 ? r.getMessage()
                            : MessageFormat.format(r.getMessage(), r.getParameters());
                    err.println("pwci: " + text);
                    err.flush();
                }
            }

            @Override
            public void flush() {
                err.flush();
            }

            @Override
            public void close() {
                flush();
            }
        });
    }
}
