package io.jenkins.plugins.patchworkci.job;

import io.jenkins.plugins.patchworkci.route.Plan;
import io.jenkins.plugins.patchworkci.route.Tree;
import java.io.IOException;

/**
 * Routing chose a tree the repository does not hold (no branch to apply onto), and the job was asked
 * to stop there ({@link SeriesJob#setStopWhenTreeMissing}) rather than report a failed apply.
 */
public final class MissingTreeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Plan plan;

    MissingTreeException(Plan plan) {
        super(plan.tree().map(Tree::toString).orElse("no tree") + " has no branch here");
        this.plan = plan;
    }

    /** The plan that chose the tree. */
    public Plan plan() {
        return plan;
    }

    public Tree tree() {
        return plan.tree().orElseThrow();
    }
}
