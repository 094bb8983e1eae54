package io.jenkins.plugins.patchworkci.report;

import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * The commit one patch became.
 *
 * @param patch the patch's number, 1..N
 * @param commit the commit id (hex)
 */
public record AppliedCommit(int patch, @NonNull String commit) {

    public AppliedCommit {
        if (patch < 1) {
            throw new IllegalArgumentException("patch numbers start at 1: " + patch);
        }
        if (commit == null || !commit.matches("[0-9a-f]{7,64}")) {
            throw new IllegalArgumentException("not a commit id: " + commit);
        }
    }
}
