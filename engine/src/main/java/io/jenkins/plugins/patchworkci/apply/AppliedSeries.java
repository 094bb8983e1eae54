package io.jenkins.plugins.patchworkci.apply;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The result of {@link ApplySeries}: an immutable value.
 *
 * @param tier the tier that worked, empty when none did
 * @param base the commit the patches were applied onto (for the three-way tiers, the tip; for
 *     {@link Tier#BASE_COMMIT}, the series' base-commit)
 * @param tip the tip of the target branch, where the series was tried first
 * @param commits one commit per patch, in order (prerequisite patches first, marked as such); when
 *     the series did not apply, those of the patches before the failing one (as git am leaves them)
 * @param failure why the series did not apply (on the tip: the most useful place to fix it; where
 *     the three-way tier stopped when it got further), if it did not
 * @param tipFailure when plain application to the tip was not what the result reports: why it failed
 * @param unmergedPrerequisites prerequisite patch-ids neither in the branch nor supplied
 */
public record AppliedSeries(
        Optional<Tier> tier,
        ObjectId base,
        ObjectId tip,
        List<AppliedCommit> commits,
        Optional<ApplyFailure> failure,
        Optional<ApplyFailure> tipFailure,
        List<String> unmergedPrerequisites) {

    public AppliedSeries {
        Objects.requireNonNull(tier, "tier");
        base = base.copy();
        tip = tip.copy();
        commits = List.copyOf(commits);
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(tipFailure, "tipFailure");
        unmergedPrerequisites = List.copyOf(unmergedPrerequisites);
    }

    public boolean applied() {
        return tier.isPresent();
    }

    /**
     * Whether the series applies only at its {@code base-commit:}, not to the branch tip: it is
     * stale rather than broken, and {@link #tipFailure()} says where the tip conflicts. The
     * commits are at the base-commit, so a build there still tells the author what it would.
     */
    public boolean needsRebase() {
        return tier.equals(Optional.of(Tier.BASE_COMMIT));
    }

    /** The last commit made, or the base when none was. */
    public ObjectId head() {
        return commits.isEmpty() ? base : commits.get(commits.size() - 1).commit();
    }

    /** The final tree, or empty when nothing was applied. */
    public Optional<ObjectId> tree() {
        return commits.isEmpty() ? Optional.empty() : Optional.of(commits.get(commits.size() - 1).tree());
    }

    /** One line for people: what applied where, or why not. */
    public String summary() {
        if (needsRebase()) {
            return "applies at its base-commit " + base.abbreviate(12).name() + ", not at the branch tip "
                    + tip.abbreviate(12).name() + ": needs a rebase"
                    + tipFailure.map(f -> " (" + f.summary() + ")").orElse("");
        }
        if (applied()) {
            StringBuilder s = new StringBuilder("applied ").append(commits.size()).append(" patch")
                    .append(commits.size() == 1 ? "" : "es").append(" (").append(tier.get().label()).append(") onto ")
                    .append(base.abbreviate(12).name());
            tipFailure.ifPresent(f -> s.append("; not applicable to the branch tip: ").append(f.summary()));
            return s.toString();
        }
        return "does not apply: " + failure.map(ApplyFailure::summary).orElse("unknown reason");
    }
}
