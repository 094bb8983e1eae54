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

    /**
     * A running series moved to its next step, in order: {@code fetching} (the mirrors, and the
     * plan), {@code applying, building, checking} (once its pending checks are out), {@code
     * reporting}. Steps of several series interleave when runs go on at once.
     */
    default void step(String series, String step) {}

    default void finished(String series, RunRecord record) {}

    RunEvents SILENT = new RunEvents() {};
}
