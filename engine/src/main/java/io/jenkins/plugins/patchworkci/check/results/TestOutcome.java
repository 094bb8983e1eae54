package io.jenkins.plugins.patchworkci.check.results;

/** How one test ended, in the words all three formats can be mapped to. */
public enum TestOutcome {
    PASS,
    FAIL,
    SKIP,
    /** An expected failure ({@code # XFAIL}, {@code not ok ... # TODO}): not a regression. */
    XFAIL;

    public boolean failed() {
        return this == FAIL;
    }
}
