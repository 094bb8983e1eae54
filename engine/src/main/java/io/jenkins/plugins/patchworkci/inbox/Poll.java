package io.jenkins.plugins.patchworkci.inbox;

import java.util.List;
import java.util.Objects;

/**
 * The result of one successful poll: what arrived, in the order it arrived, and the cursor to poll from
 * next. A failed poll returns nothing: it throws, and the caller keeps its old cursor.
 *
 * @param <C> the source's cursor type
 */
public record Poll<C>(List<Arrival> arrivals, C cursor) {

    public Poll {
        arrivals = List.copyOf(arrivals);
        Objects.requireNonNull(cursor, "cursor");
    }
}
