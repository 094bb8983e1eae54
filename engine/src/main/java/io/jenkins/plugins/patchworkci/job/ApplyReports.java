package io.jenkins.plugins.patchworkci.job;

import io.jenkins.plugins.patchworkci.apply.AppliedSeries;
import io.jenkins.plugins.patchworkci.apply.ApplyFailure;
import io.jenkins.plugins.patchworkci.apply.Tier;
import io.jenkins.plugins.patchworkci.check.ApplyOutcome;
import io.jenkins.plugins.patchworkci.report.ApplyResult;
import io.jenkins.plugins.patchworkci.report.ReportedApplyFailure;
import io.jenkins.plugins.patchworkci.report.ReportedCommit;
import io.jenkins.plugins.patchworkci.route.History;
import io.jenkins.plugins.patchworkci.route.Tree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an {@link AppliedSeries} is told as: to the {@code apply} check ({@link #outcome}) and in the
 * report's apply section ({@link #result}: the tiers tried, the tip, where it applies).
 */
public final class ApplyReports {

    private ApplyReports() {}

    /**
     * What the {@code apply} check is told. A series that applies only at its base-commit fails
     * it (git am on the branch would), naming the tip's conflict; its commits are still built.
     */
    public static ApplyOutcome outcome(AppliedSeries applied, String treeName) {
        if (applied.needsRebase()) {
            ApplyFailure f = applied.tipFailure().orElseThrow();
            return ApplyOutcome.failed(Math.max(1, f.patchIndex()), "applies at its base-commit "
                    + applied.base().abbreviate(12).name() + ", not at " + treeName + " "
                    + applied.tip().abbreviate(12).name() + ": needs a rebase; " + f.summary(), f.details());
        }
        return applied.applied()
                ? ApplyOutcome.applied(applied.tier().map(x -> x.label()).orElse("tip"), applied.summary())
                : ApplyOutcome.failed(applied.failure().map(f -> Math.max(1, f.patchIndex())).orElse(1),
                        applied.summary(), applied.failure().map(f -> f.details()).orElse(""));
    }

    /**
     * The report's apply section.
     *
     * @param baseCommit the series' {@code base-commit:}, when it gave one
     * @param history where the tree's commits are read (the tip's time; whether it has the base-commit)
     */
    static ApplyResult result(AppliedSeries a, Optional<String> baseCommit, History history, Tree tree,
            boolean threeWay, boolean rebuildPreimage) throws IOException {
        // The tiers ApplySeries tries, in its order, as configured; a success stops at its tier.
        List<String> tried = new ArrayList<>();
        tried.add(Tier.BRANCH_TIP.label());
        if (threeWay) {
            tried.add(Tier.THREE_WAY.label());
        }
        if (rebuildPreimage) {
            tried.add(Tier.THREE_WAY_REBUILT.label());
        }
        // ApplySeries falls back to the base-commit only when the repository has it.
        if (a.needsRebase() || baseCommit.map(b -> has(history, tree, b)).orElse(false)) {
            tried.add(Tier.BASE_COMMIT.label());
        }
        if (a.tier().isPresent()) {
            int at = tried.indexOf(a.tier().get().label());
            tried = at < 0 ? List.of(a.tier().get().label()) : tried.subList(0, at + 1);
        }
        ApplyResult.Tip tip = new ApplyResult.Tip(a.tip().name(), history.commitTime(tree, a.tip().name()).orElse(null));
        List<ReportedCommit> commits = a.commits().stream().filter(c -> !c.prerequisite())
                .map(c -> new ReportedCommit(c.index(), c.commit().name())).toList();
        if (a.needsRebase()) {
            return ApplyResult.failed(tried, failure(a.tipFailure().orElseThrow())).onTip(tip)
                    .appliesAt(new ApplyResult.AtBaseCommit(a.base().name(), commits));
        }
        if (a.applied()) {
            return ApplyResult.applied(tried, a.tier().map(t -> t.label()).orElse("tip"), commits).onTip(tip);
        }
        return ApplyResult.failed(tried, failure(a.failure().orElseThrow())).onTip(tip);
    }

    private static boolean has(History history, Tree tree, String commit) {
        try {
            return history.commitTime(tree, commit).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    private static ReportedApplyFailure failure(ApplyFailure f) {
        String expected = String.join("\n", f.where().expected());
        String found = String.join("\n", f.where().found());
        return new ReportedApplyFailure(Math.max(1, f.patchIndex()), f.where().path(), 0, expected, found, f.summary());
    }
}
