package io.jenkins.plugins.patchworkci.report;

import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.CheckState;

/**
 * A check's verdict on the whole series (a build of the series tip, the tree selection).
 * Patchwork keeps checks per patch only, so reports put it on every patch.
 *
 * @param check the check's name, a Patchwork context slug
 * @param state the state
 * @param description one line, at most 255 characters
 * @param details the full text behind the description
 */
public record SeriesCheckResult(String check, CheckState state, String description,
        String details) {

    public SeriesCheckResult {
        // CheckResult holds the rules (slug, one line, 255 characters): borrow them rather than repeat them.
        CheckResult normal = new CheckResult(check, 1, state, description, details);
        description = normal.description();
    }

    /** This verdict as a result on one patch. */
    public CheckResult onPatch(int patch) {
        return new CheckResult(check, patch, state, description, details);
    }
}
