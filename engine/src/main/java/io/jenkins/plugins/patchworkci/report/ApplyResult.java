package io.jenkins.plugins.patchworkci.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How applying the series went: the tiers tried in order, the tier that worked and the commit of
 * every patch, or the failure. Exactly one of {@code tier} and {@code failure} is set. A series that
 * does not apply to the tip but does at its {@code base-commit:} has failed (the maintainer's
 * {@code git am} would) and carries {@code atBaseCommit}: it needs a rebase, and its other checks
 * ran there.
 *
 * @param tried the apply tiers tried, in order ({@code git-am}, {@code 3way}, ...)
 * @param tier the tier that worked, or null when none did
 * @param commits the commit of each applied patch, in patch order (empty on failure)
 * @param failure why it did not apply, or null when it did
 * @param tip the branch tip tried first, or null when not known (a run recorded before it was kept)
 * @param atBaseCommit where the series applies instead of the tip, or null
 */
public record ApplyResult(List<String> tried, @Nullable String tier, List<ReportedCommit> commits,
        @Nullable ReportedApplyFailure failure, @Nullable Tip tip, @Nullable AtBaseCommit atBaseCommit) {

    /**
     * The tip of the target branch.
     *
     * @param commit its id
     * @param committed its committer date, or null when not known
     */
    public record Tip(String commit, @Nullable Instant committed) {
        public Tip {
            new ReportedCommit(1, commit); // the same rule for a commit id
        }
    }

    /**
     * A series that applies at its base-commit, not at the tip.
     *
     * @param commit the base-commit
     * @param commits the commit of each patch there, in patch order
     */
    public record AtBaseCommit(String commit, List<ReportedCommit> commits) {
        public AtBaseCommit {
            new ReportedCommit(1, commit);
            commits = List.copyOf(commits);
        }
    }

    public ApplyResult(List<String> tried, String tier, List<ReportedCommit> commits, ReportedApplyFailure failure) {
        this(tried, tier, commits, failure, null, null);
    }

    public ApplyResult {
        tried = List.copyOf(tried);
        commits = List.copyOf(commits);
        if ((tier == null) == (failure == null)) {
            throw new IllegalArgumentException("an apply result has either a tier that worked or a failure");
        }
        if (failure != null && !commits.isEmpty()) {
            throw new IllegalArgumentException("a failed apply has no commits");
        }
        if (atBaseCommit != null && failure == null) {
            throw new IllegalArgumentException("only a series that does not apply to the tip needs a rebase");
        }
    }

    /** This result, saying which tip it was tried on. */
    public ApplyResult onTip(Tip t) {
        return new ApplyResult(tried, tier, commits, failure, Objects.requireNonNull(t), atBaseCommit);
    }

    /** This failure, saying that the series applies at its base-commit there. */
    public ApplyResult appliesAt(AtBaseCommit at) {
        return new ApplyResult(tried, tier, commits, failure, tip, Objects.requireNonNull(at));
    }

    /** Whether the series applies at its base-commit but not at the tip. */
    public boolean needsRebase() {
        return atBaseCommit != null;
    }

    public static ApplyResult applied(List<String> tried, String tier, List<ReportedCommit> commits) {
        return new ApplyResult(tried, tier, commits, null);
    }

    public static ApplyResult failed(List<String> tried, ReportedApplyFailure failure) {
        return new ApplyResult(tried, null, List.of(), failure);
    }

    public boolean applied() {
        return failure == null;
    }
}
