package io.jenkins.plugins.patchworkci.patchwork;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a Patchwork poll resumes: the date of the newest {@code series-completed} event seen, the ids of
 * the events already handled near that date (the next poll re-reads a short overlap before
 * {@link #since()}, to catch events committed late, and skips these), and the series held back because
 * they were not complete yet. With {@link PatchworkSourceSettings#watchIncomplete()}, the same for
 * {@code series-created} events, and the series created but not completed yet.
 *
 * @param since the newest {@code series-completed} event date handled
 * @param seenEvents ids of handled {@code series-completed} events dated within the overlap before {@code since}
 * @param held series whose {@code series-completed} event came but whose {@code received_all} was false
 * @param createdSince the newest {@code series-created} event date handled, or null when not watched
 * @param seenCreated ids of handled {@code series-created} events within the overlap before {@code createdSince}
 * @param waiting series created but not completed yet, delivered incomplete after the hold timeout
 */
public record PatchworkCursor(Instant since, List<Long> seenEvents, List<HeldSeries> held,
        @Nullable Instant createdSince, List<Long> seenCreated, List<HeldSeries> waiting) {

    public PatchworkCursor {
        Objects.requireNonNull(since, "since");
        seenEvents = seenEvents == null ? List.of() : List.copyOf(seenEvents);
        held = held == null ? List.of() : List.copyOf(held);
        seenCreated = seenCreated == null ? List.of() : List.copyOf(seenCreated);
        waiting = waiting == null ? List.of() : List.copyOf(waiting);
    }

    /** A cursor watching {@code series-completed} only. */
    public PatchworkCursor(Instant since, List<Long> seenEvents, List<HeldSeries> held) {
        this(since, seenEvents, held, null, List.of(), List.of());
    }

    /**
     * A series whose {@code received_all} was false.
     *
     * @param id the series id
     * @param heldSince when this source first saw it incomplete
     */
    public record HeldSeries(long id, Instant heldSince) {
        public HeldSeries {
            Objects.requireNonNull(heldSince, "heldSince");
        }
    }
}
