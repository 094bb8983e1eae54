package io.jenkins.plugins.patchworkci.jenkins;

import hudson.model.Cause;

/**
 * Why a build runs again: someone asked to retest the version an earlier build tested. Goes with a
 * {@link Cause.UserIdCause} naming who asked.
 */
public final class PatchworkRetestCause extends Cause {

    private final int version;
    private final int build;

    /**
     * @param version the version retested
     * @param build the number of the build the retest was asked from
     */
    public PatchworkRetestCause(int version, int build) {
        this.version = version;
        this.build = build;
    }

    public int getVersion() {
        return version;
    }

    public int getBuild() {
        return build;
    }

    @Override
    public String getShortDescription() {
        return "Retest of v" + version + " of the series, asked from build #" + build;
    }
}
