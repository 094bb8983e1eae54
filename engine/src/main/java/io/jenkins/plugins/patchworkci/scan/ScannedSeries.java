package io.jenkins.plugins.patchworkci.scan;

import io.jenkins.plugins.patchworkci.patchwork.PatchworkPatch;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkSeries;
import io.jenkins.plugins.patchworkci.series.Series;
import java.util.List;
import java.util.Objects;

/**
 * One Patchwork series as a scan sees it: Patchwork's record, the series read from its mail, and the
 * Patchwork records of its patches (state, delegate) that the scan's patch list held.
 *
 * @param patchwork Patchwork's series record
 * @param series the series as the mail parser and assembler read it
 * @param patches Patchwork's records of the series' patches; a patch the list did not hold is missing
 */
public record ScannedSeries(PatchworkSeries patchwork, Series series,
        List<PatchworkPatch> patches) {

    public ScannedSeries {
        Objects.requireNonNull(patchwork, "patchwork");
        Objects.requireNonNull(series, "series");
        patches = List.copyOf(patches);
    }

    /**
     * The state of every patch of the series, {@code "unknown"} for one Patchwork's list did not hold
     * (never final, so such a head is kept).
     */
    public List<String> patchStates() {
        return patchwork.patches().stream().map(ref -> patches.stream().filter(p -> p.id() == ref.id())
                .map(PatchworkPatch::state).filter(Objects::nonNull).findFirst().orElse("unknown")).toList();
    }
}
