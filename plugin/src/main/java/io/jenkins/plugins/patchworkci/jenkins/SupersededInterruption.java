package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Objects;
import jenkins.model.CauseOfInterruption;

/**
 * Why a build was aborted: a newer version of its series started building. Shown in the aborted build's
 * log and history; equal causes are merged by Jenkins, so equality is by what it says.
 */
public final class SupersededInterruption extends CauseOfInterruption {

    private static final long serialVersionUID = 1L;

    private final int version;
    private final String build;

    /**
     * @param version the newer version's number
     * @param build the build of the newer version, e.g. {@code netdevbpf » net-next-3f2a9c0b1d4e #5}
     */
    public SupersededInterruption(int version, @NonNull String build) {
        this.version = version;
        this.build = build;
    }

    public int getVersion() {
        return version;
    }

    @NonNull
    public String getBuild() {
        return build;
    }

    @Override
    public String getShortDescription() {
        return "Superseded by v" + version + " of the series (" + build + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SupersededInterruption s && s.version == version && s.build.equals(build);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, build);
    }
}
