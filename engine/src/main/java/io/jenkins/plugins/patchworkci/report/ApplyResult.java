package io.jenkins.plugins.patchworkci.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.List;

/**
 * How applying the series went: the tiers tried in order, the tier that worked and the commit of
 * every patch, or the failure. Exactly one of {@code tier} and {@code failure} is set.
 *
 * @param tried the apply tiers tried, in order ({@code git-am}, {@code 3way}, ...)
 * @param tier the tier that worked, or null when none did
 * @param commits the commit of each applied patch, in patch order (empty on failure)
 * @param failure why it did not apply, or null when it did
 */
public record ApplyResult(@NonNull List<String> tried, @CheckForNull String tier, @NonNull List<AppliedCommit> commits,
        @CheckForNull ApplyFailure failure) {

    public ApplyResult {
        tried = List.copyOf(tried);
        commits = List.copyOf(commits);
        if ((tier == null) == (failure == null)) {
            throw new IllegalArgumentException("an apply result has either a tier that worked or a failure");
        }
        if (failure != null && !commits.isEmpty()) {
            throw new IllegalArgumentException("a failed apply has no commits");
        }
    }

    public static ApplyResult applied(List<String> tried, String tier, List<AppliedCommit> commits) {
        return new ApplyResult(tried, tier, commits, null);
    }

    public static ApplyResult failed(List<String> tried, ApplyFailure failure) {
        return new ApplyResult(tried, null, List.of(), failure);
    }

    public boolean applied() {
        return failure == null;
    }
}
