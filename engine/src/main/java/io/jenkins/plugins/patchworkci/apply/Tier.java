package io.jenkins.plugins.patchworkci.apply;

/** How a series was applied, in the order {@link ApplySeries} tries them. */
public enum Tier {
    /** Onto the commit named by the series' {@code base-commit:} line. */
    BASE_COMMIT("base-commit"),
    /** Onto the tip of the target branch. */
    BRANCH_TIP("branch tip"),
    /** Three-way onto the tip from the blobs named on the {@code index} lines, as {@code git am -3}. */
    THREE_WAY("three-way"),
    /** Three-way onto the tip from preimage blobs rebuilt out of the hunks' context, as b4 does. */
    THREE_WAY_REBUILT("three-way from rebuilt preimage");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
