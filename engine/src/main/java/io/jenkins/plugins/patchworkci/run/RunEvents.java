package io.jenkins.plugins.patchworkci.run;

/**
 * What the runner tells the person watching: progress on a terminal, plain lines in a log. Every
 * method has a default that says nothing, so a caller overrides only what it shows.
 */
public interface RunEvents {

    default void polled(String source, int arrivals) {}

    default void problem(String where, String reason) {}

    default void skipped(String series, String why) {}

    default void started(String series) {}

    default void finished(String series, RunRecord record) {}

    RunEvents SILENT = new RunEvents() {};
}
