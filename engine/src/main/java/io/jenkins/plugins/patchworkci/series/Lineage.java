package io.jenkins.plugins.patchworkci.series;

import java.util.List;
import java.util.Optional;

/**
 * The versions of one series (v1, v2, v3, ...), oldest first, with the evidence that links them,
 * which version supersedes which, and which patches are unchanged from one version to the next.
 *
 * @param versions the series, by version then date
 * @param links the evidence found between pairs of versions
 * @param supersedes each version after the first with the one it replaces (newer, older)
 * @param unchanged patches with the same patch-id in consecutive versions
 * @param partialRerolls versions that resent only some patches, completed from the version before
 */
public record Lineage(
        List<Series> versions,
        List<VersionLink> links,
        List<Supersedes> supersedes,
        List<UnchangedPatch> unchanged,
        List<PartialReroll> partialRerolls) {

    public Lineage {
        versions = List.copyOf(versions);
        links = List.copyOf(links);
        supersedes = List.copyOf(supersedes);
        unchanged = List.copyOf(unchanged);
        partialRerolls = List.copyOf(partialRerolls);
    }

    /** The completed patch list of a version that resent only some patches, if it is one. */
    public Optional<PartialReroll> partialReroll(SeriesId id) {
        return partialRerolls.stream().filter(p -> p.series().equals(id)).findFirst();
    }

    /** A newer version replacing an older one. */
    public record Supersedes(SeriesId newer, SeriesId older) {}

    /** The newest version: the one to test. */
    public Series latest() {
        return versions.get(versions.size() - 1);
    }

    /** The lineage's identity: its first version's id, stable as versions are added. */
    public SeriesId id() {
        return versions.get(0).id();
    }

    /** The version that replaces this one, if any. */
    public Optional<SeriesId> supersededBy(SeriesId id) {
        return supersedes.stream().filter(s -> s.older().equals(id)).map(Supersedes::newer).findFirst();
    }

    /** Patches of this version that are unchanged from the version before it. */
    public List<UnchangedPatch> unchangedIn(SeriesId newer) {
        return unchanged.stream().filter(u -> u.newer().equals(newer)).toList();
    }
}
