package io.jenkins.plugins.patchworkci.series;

import io.jenkins.plugins.patchworkci.mail.Patch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
        SeriesId series, SeriesId from, List<Patch> patches, List<Integer> reused) {

    public PartialReroll {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(from, "from");
        patches = List.copyOf(patches);
        reused = List.copyOf(reused);
    }

    /**
     * b4's partial reroll: a newer version with patches missing, each patch it has sent in reply to
     * (or under a reply to) the older version's patch with the same number and total.
     */
    static Optional<PartialReroll> of(Series older, Series newer) {
        if (newer.missing().isEmpty() || newer.patches().isEmpty() || older.patches().isEmpty()) {
            return Optional.empty();
        }
        Map<String, Patch> olderPatches = new HashMap<>();
        older.patches().forEach(p -> olderPatches.put(p.message().messageId(), p));
        Map<String, String> olderReplies = new HashMap<>();
        older.replies().forEach(r -> olderReplies.put(r.message().messageId(), r.countsFor()));
        for (Patch p : newer.patches()) {
            Optional<String> parent = p.message().inReplyTo();
            Patch answered = parent.map(id -> olderPatches.getOrDefault(id, olderPatches.get(olderReplies.get(id))))
                    .orElse(null);
            if (answered == null || answered.prefix().index() != p.prefix().index()
                    || answered.prefix().total() != p.prefix().total()) {
                return Optional.empty();
            }
        }
        List<Patch> patches = new ArrayList<>();
        List<Integer> reused = new ArrayList<>();
        for (int n = 1; n <= newer.total(); n++) {
            Optional<Patch> own = newer.patch(n);
            if (own.isPresent()) {
                patches.add(own.get());
            } else {
                Optional<Patch> earlier = older.patch(n);
                if (earlier.isPresent()) {
                    patches.add(earlier.get());
                    reused.add(n);
                }
            }
        }
        return Optional.of(new PartialReroll(newer.id(), older.id(), patches, reused));
    }

}
