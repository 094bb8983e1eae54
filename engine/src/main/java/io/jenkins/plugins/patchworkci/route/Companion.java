package io.jenkins.plugins.patchworkci.route;

/**
 * A user-space series posted for a kernel series, with the tree its tag names and why it was
 * taken as one. A <em>paired</em> companion is tied to the kernel series by evidence (a link, the
 * thread, a shared Change-Id or Link:, or the same author naming the tree or the subject) and is
 * built with it; a <em>possible</em> one only has the same author posting near in time, so it is
 * named in the kernel series' report but runs on its own.
 *
 * @param series the user-space series
 * @param tree the user-space tree its subject tag names
 * @param paired whether the evidence pairs it (else it is a possible companion)
 * @param reason the evidence, for people ({@code the kernel series names iproute2-next; same author, posted 3 min apart})
 */
public record Companion(PostedSeries series, Tree tree, boolean paired, String reason) {

    /** How the plan of a possible companion is labelled, and so told apart in reports. */
    static final String POSSIBLE = "Possible companion ";

    /**
     * The label of its plan: the subject and the evidence, marked when it is only a possible
     * companion ({@code Possible companion ip: show the knob (same author, ...)}).
     */
    public String label() {
        return (paired ? "" : POSSIBLE) + series.subject() + " (" + reason + ")";
    }

    /** Whether a companion plan is that of a possible companion (see {@link #label()}). */
    public static boolean isPossible(Plan companion) {
        return companion.label().startsWith(POSSIBLE);
    }
}
