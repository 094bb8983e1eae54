package io.jenkins.plugins.patchworkci.report;


/**
 * The commit one patch became, as the report records it (patch number and hex id). The applier's
 * own result, with tree and subject, is {@code apply.AppliedCommit}; it is turned into this one when
 * the run is reported.
 *
 * @param patch the patch's number, 1..N
 * @param commit the commit id (hex)
 */
public record ReportedCommit(int patch, String commit) {

    public ReportedCommit {
        if (patch < 1) {
            throw new IllegalArgumentException("patch numbers start at 1: " + patch);
        }
        if (commit == null || !commit.matches("[0-9a-f]{7,64}")) {
            throw new IllegalArgumentException("not a commit id: " + commit);
        }
    }
}
