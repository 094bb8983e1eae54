package io.jenkins.plugins.patchworkci.check;

import java.io.IOException;
import java.util.List;

/**
 * One check: a stable name (the Patchwork check context) and a run over a series that yields a
 * verdict for each patch. Implementations usually extend {@link PatchCheck} (one verdict per patch)
 * or {@link SeriesCheck} (one verdict for the whole series, repeated on every patch).
 *
 * <p>A check runs tools from the target tree only; nothing from mail ever reaches a shell. A check
 * with nothing to look at (no build command, no tool in the tree) returns no results, so reports
 * show no line for it rather than a success it did not earn.
 */
public interface Check {

    /** The Patchwork context slug, e.g. {@code checkpatch}; stable across releases. */
    String name();

    /** Runs over the series; returns results named {@link #name()} (or, for test suites, a suite name). */
    List<CheckResult> run(CheckContext context, CheckOptions options)
            throws IOException, InterruptedException;
}
