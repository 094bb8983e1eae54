package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Objects;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMRevision;

/**
 * The base a series is tested on: the target tree's branch, whose tip the agent resolves when it plans.
 * The controller has no clone, so this names the branch rather than a commit, and is not
 * deterministic. It is what {@link PatchworkSCMSource#getTrustedRevision} answers: what Jenkins trusts
 * is the target tree and the pipeline repository, never the patched tree.
 */
public final class TargetTreeRevision extends SCMRevision {

    private static final long serialVersionUID = 1L;

    private final String remote;
    private final String branch;

    public TargetTreeRevision(@NonNull SCMHead target, @NonNull String remote, @NonNull String branch) {
        super(target);
        this.remote = Objects.requireNonNull(remote, "remote");
        this.branch = Objects.requireNonNull(branch, "branch");
    }

    @NonNull
    public String getRemote() {
        return remote;
    }

    @NonNull
    public String getBranch() {
        return branch;
    }

    @Override
    public boolean isDeterministic() {
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TargetTreeRevision r && r.getHead().equals(getHead()) && r.remote.equals(remote)
                && r.branch.equals(branch);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getHead().getName(), remote, branch);
    }

    @Override
    public String toString() {
        return remote + " " + branch;
    }
}
