package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.patchworkci.scan.RevisionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.mixin.ChangeRequestSCMRevision;

/**
 * One version of a series on its head. Identity is the engine's {@link RevisionId} (version, Message-ID
 * and the hash of the patch-ids): a new version, or a resend with other diffs, is a new revision and
 * a new build; a rescan of the same version is not. The Patchwork ids ride along for the steps.
 */
public final class PatchworkSCMRevision extends ChangeRequestSCMRevision<PatchworkSCMHead> {

    private static final long serialVersionUID = 1L;

    private final String revisionId;
    private final long seriesId;
    /** An ArrayList, not List.copyOf: branch-api stores revisions with XStream, which reads JDK-internal lists badly. */
    private final ArrayList<Long> patchIds;

    public PatchworkSCMRevision(@NonNull PatchworkSCMHead head, @NonNull SCMRevision target,
            @NonNull RevisionId revision, long seriesId, @NonNull List<Long> patchIds) {
        super(head, target);
        this.revisionId = revision.toString();
        this.seriesId = seriesId;
        this.patchIds = new ArrayList<>(patchIds);
    }

    /** The engine's revision identity, {@code v2:1a2b3c4d5e6f:<message-id>}. */
    @NonNull
    public RevisionId getRevisionId() {
        return RevisionId.parse(revisionId).orElseThrow(() -> new IllegalStateException("stored revision " + revisionId));
    }

    /** The Patchwork series id of this version. */
    public long getSeriesId() {
        return seriesId;
    }

    /** The Patchwork ids of its patches, in order. */
    @NonNull
    public List<Long> getPatchIds() {
        return List.copyOf(patchIds);
    }

    @Override
    public boolean equivalent(ChangeRequestSCMRevision<?> revision) {
        return revision instanceof PatchworkSCMRevision r && r.revisionId.equals(revisionId);
    }

    @Override
    protected int _hashCode() {
        return Objects.hash(revisionId);
    }

    @Override
    public String toString() {
        return revisionId;
    }
}
