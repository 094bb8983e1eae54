package io.jenkins.plugins.patchworkci.report;


/**
 * What the Patchwork reporter did with one check on one patch, for the run's log.
 *
 * @param patch the patch's number in the series, 1..N
 * @param patchId Patchwork's id of the patch (0 when Patchwork does not know it)
 * @param check what it would post
 * @param action what happened
 * @param detail why, or the server's refusal
 */
public record PostOutcome(int patch, long patchId, CheckPost check, Action action,
        String detail) {

    public enum Action {
        /** Posted (or, in shadow mode, written down). */
        POSTED,
        /** Not posted: Patchwork already shows this state, description and URL. */
        UNCHANGED,
        /** Not posted: pending would have replaced a final state. */
        KEPT_FINAL,
        /** Not posted: Patchwork does not know this patch. */
        NOT_IN_PATCHWORK,
        /** Patchwork refused it, or could not be reached. */
        FAILED
    }

    @Override
    public String toString() {
        return action + " patch " + patch + " (" + patchId + ") " + check.context() + "=" + check.state().apiName()
                + (detail.isEmpty() ? "" : ": " + detail);
    }
}
