package io.jenkins.plugins.patchworkci.series;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.patchworkci.mail.Patch;
import java.util.List;
import java.util.Objects;

/**
 * A version that resent only some of its patches, each in reply to the patch with the same number
 * of the version before (directly or under a reply to it), completed with that version's other
 * patches: b4's partial reroll. The series to apply is {@link #patches()}.
 *
 * @param series the partial version
 * @param from the version the other patches come from
 * @param patches patches 1..N in order: the resent ones and, where missing, the earlier version's
 *     (numbers neither version has stay missing)
 * @param reused the numbers taken from the earlier version
 */
public record PartialReroll(
        @NonNull SeriesId series, @NonNull SeriesId from, @NonNull List<Patch> patches, @NonNull List<Integer> reused) {

    public PartialReroll {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(from, "from");
        patches = List.copyOf(patches);
        reused = List.copyOf(reused);
    }
}
