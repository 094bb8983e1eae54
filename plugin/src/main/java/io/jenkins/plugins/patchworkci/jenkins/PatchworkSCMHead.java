package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.patchworkci.scan.HeadName;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.mixin.ChangeRequestCheckoutStrategy;
import jenkins.scm.api.mixin.ChangeRequestSCMHead2;

/**
 * A series lineage going to one tree, as a Jenkins change request: the name is the engine's
 * {@link HeadName} ({@code net-next-3f2a9c0b1d4e}), {@code CHANGE_ID} the lineage hash,
 * {@code CHANGE_TARGET} the tree. The checkout strategy is HEAD: the series is applied on the agent by
 * {@code patchworkCheckout}, never merged by Jenkins. Equality is by name (SCMHead's rule), so the tree
 * is part of a head's identity.
 */
public final class PatchworkSCMHead extends SCMHead implements ChangeRequestSCMHead2 {

    private static final long serialVersionUID = 1L;

    /** What {@code CHANGE_TARGET} says for a series routing could not place. */
    public static final String NO_TARGET = "undecided";

    private final String lineageHash;
    @CheckForNull
    private final String target;

    public PatchworkSCMHead(@NonNull HeadName name) {
        super(name.toString());
        this.lineageHash = name.lineageHash();
        this.target = name.target().orElse(null);
    }

    /** The short hash of the lineage's first version. */
    @NonNull
    @Override
    public String getId() {
        return lineageHash;
    }

    /** The tree the series goes to, as a head of its own (the target of the change request). */
    @NonNull
    @Override
    public SCMHead getTarget() {
        return new SCMHead(target == null ? NO_TARGET : target);
    }

    /** The tree name, or null when routing made no decision. */
    @CheckForNull
    public String getTargetTree() {
        return target;
    }

    @NonNull
    @Override
    public ChangeRequestCheckoutStrategy getCheckoutStrategy() {
        return ChangeRequestCheckoutStrategy.HEAD;
    }

    /** The head's own name: a series has no source branch. */
    @NonNull
    @Override
    public String getOriginName() {
        return getName();
    }

    @CheckForNull
    @Override
    public String getPronoun() {
        return "Series";
    }
}
