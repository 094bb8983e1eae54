package io.jenkins.plugins.patchworkci.scan;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where event polling stands: the date of the newest event read, and the ids of the events read at or
 * after {@code since - overlap}, so events re-read in the overlap are not delivered twice. Plain values:
 * the plugin stores it as two fields.
 *
 * @param since the newest event date read
 * @param seen ids of events read within the overlap before {@code since}
 */
public record EventCursor(Instant since, List<Long> seen) {

    public EventCursor {
        Objects.requireNonNull(since, "since");
        seen = List.copyOf(seen);
    }
}
