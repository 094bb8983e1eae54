package io.jenkins.plugins.patchworkci.report;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why a series did not apply, in the terms a maintainer acts on: the patch, the file, the hunk,
 * the context the patch expected and what the tree has there. The report's view of the applier's
 * {@code apply.ApplyFailure}, in plain values that go into run.json.
 *
 * @param patch the first patch that failed, 1..N
 * @param file the file the failing hunk touches, or null when the failure is not about a file
 *     (a corrupt patch, a missing base)
 * @param hunk the hunk's number in that file's diff, 1.., or 0 when not known
 * @param expected the lines the hunk expected (its context and removed lines), possibly empty
 * @param actual the lines the tree has where the hunk was tried, possibly empty
 * @param summary one sentence for a human ({@code patch 2/3 does not apply to net/core/dev.c: hunk 1 context differs})
 */
public record ReportedApplyFailure(int patch, @Nullable String file, int hunk, String expected,
        String actual, String summary) {

    public ReportedApplyFailure {
        if (patch < 1) {
            throw new IllegalArgumentException("patch numbers start at 1: " + patch);
        }
        if (hunk < 0) {
            throw new IllegalArgumentException("hunk numbers start at 1 (0 = unknown): " + hunk);
        }
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(summary, "summary");
    }
}
