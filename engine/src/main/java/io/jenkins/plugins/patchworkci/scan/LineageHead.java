package io.jenkins.plugins.patchworkci.scan;

import io.jenkins.plugins.patchworkci.series.Series;
import io.jenkins.plugins.patchworkci.series.SeriesId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A head: the versions of one lineage that go to one tree, oldest first; the newest is the one to
 * build. When the lineage moved between trees, {@link #movedFrom()} names the head of the version before
 * this head's first, and {@link #movedTo()} the head of the version after this head's newest.
 *
 * @param name the head's name
 * @param lineage the identity of the lineage's first version (of all its versions, not only this head's)
 * @param versions this head's versions, oldest first, never empty
 * @param movedFrom the head this lineage came from, if it changed trees
 * @param movedTo the head this lineage went on to, if it changed trees
 */
public record LineageHead(HeadName name, SeriesId lineage, List<HeadVersion> versions,
        Optional<HeadName> movedFrom, Optional<HeadName> movedTo) {

    public LineageHead {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lineage, "lineage");
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a head has at least one version: " + name);
        }
        Objects.requireNonNull(movedFrom, "movedFrom");
        Objects.requireNonNull(movedTo, "movedTo");
    }

    /** The version to build. */
    public HeadVersion newest() {
        return versions.get(versions.size() - 1);
    }

    /** The version with this revision, if the head still has it (a newer version may have replaced it). */
    public Optional<HeadVersion> version(RevisionId revision) {
        return versions.stream().filter(v -> v.revision().equals(revision)).findFirst();
    }

    /**
     * Whether a Patchwork event about {@code seriesId} or {@code patchId} (either may be null) concerns this
     * head: one of its versions is that series or holds that patch, or one of their companions does (a new
     * iproute2 series, a state change on its patch, builds the kernel series' job).
     */
    public boolean concerns(@Nullable Long seriesId,
            @Nullable Long patchId) {
        for (HeadVersion v : versions) {
            List<ScannedSeries> all = new java.util.ArrayList<>();
            all.add(v.scanned());
            v.companions().forEach(c -> all.add(c.scanned()));
            for (ScannedSeries s : all) {
                if ((seriesId != null && s.patchwork().id() == seriesId)
                        || (patchId != null && s.patchwork().patches().stream().anyMatch(p -> p.id() == patchId))) {
                    return true;
                }
            }
        }
        return false;
    }

    public Series newestSeries() {
        return newest().scanned().series();
    }
}
