package io.jenkins.plugins.patchworkci.patchwork;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where a Patchwork poll resumes: the date of the newest {@code series-completed} event seen, the ids of
 * the events already handled near that date (the next poll re-reads a short overlap before
 * {@link #since()}, to catch events committed late, and skips these), and the series held back because
 * they were not complete yet.
 *
 * @param since the newest event date handled
 * @param seenEvents ids of handled events dated within the overlap before {@code since}
 * @param held series waiting for their missing patches
 */
public record PatchworkCursor(@NonNull Instant since, @NonNull List<Long> seenEvents, @NonNull List<HeldSeries> held) {

    public PatchworkCursor {
        Objects.requireNonNull(since, "since");
        seenEvents = List.copyOf(seenEvents);
        held = List.copyOf(held);
    }

    /**
     * A series whose {@code received_all} was false.
     *
     * @param id the series id
     * @param heldSince when this source first saw it incomplete
     */
    public record HeldSeries(long id, @NonNull Instant heldSince) {
        public HeldSeries {
            Objects.requireNonNull(heldSince, "heldSince");
        }
    }
}
