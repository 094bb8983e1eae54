package io.jenkins.plugins.patchworkci.scan;

import java.util.Comparator;
import java.util.Objects;

/**
 * The version of a series a build is for, as the build records it: the head (so the lineage), the
 * revision and the Patchwork series id. It answers the questions the build lifecycle asks about two
 * builds: are they of the same lineage, and does one test a newer posting than the other.
 *
 * @param head the head the build's job stands for; heads of one lineage share its lineage hash, also
 *     when a later version moved to another tree
 * @param revision the version built
 * @param seriesId the Patchwork series id of that version; Patchwork numbers series as they arrive, so
 *     of two postings with the same version number the higher id is the later one
 */
public record BuiltVersion(HeadName head, RevisionId revision, long seriesId) {

    /** Oldest posting first: by version number, then by arrival (series id). */
    public static final Comparator<BuiltVersion> BY_POSTING = Comparator
            .comparingInt((BuiltVersion v) -> v.revision().version()).thenComparingLong(BuiltVersion::seriesId);

    public BuiltVersion {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(revision, "revision");
    }

    /** Whether both are versions of one lineage (whatever tree each went to). */
    public boolean sameLineage(BuiltVersion other) {
        return head.lineageHash().equals(other.head.lineageHash());
    }

    /**
     * Whether {@code newer} replaces this version, so a build of this one still running is wasted: the
     * same lineage, another revision, and a later posting (a higher version number; or, for a resend under
     * the same number, a later Patchwork series). A build of the same revision (a retest) never replaces
     * one, and an older version started again never replaces a newer one.
     */
    public boolean isSupersededBy(BuiltVersion newer) {
        if (!sameLineage(newer) || revision.equals(newer.revision)) {
            return false;
        }
        return BY_POSTING.compare(this, newer) < 0;
    }
}
