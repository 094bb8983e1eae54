package io.jenkins.plugins.patchworkci.series;

/** How the messages of a series were found to belong together. */
public enum Grouping {
    /** By threading: In-Reply-To/References lead to the same cover letter or first patch. */
    THREAD,
    /**
     * Without threading, as Patchwork does: same sender, same version, same total, sent within
     * the time window of the first message (Patchwork's {@code SERIES_DELAY_INTERVAL}).
     */
    TIME_WINDOW,
    /** A single message: a lone patch or a pull request. */
    SINGLE
}
