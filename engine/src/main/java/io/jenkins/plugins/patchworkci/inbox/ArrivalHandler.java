package io.jenkins.plugins.patchworkci.inbox;

import java.io.IOException;
import java.util.List;

/**
 * What the caller does with one arrival — where series assembly plugs in: split the bytes with
 * {@code mail}'s reader for {@link Arrival#format()}, group the messages with {@code series}, return the
 * series (or whatever the caller produces).
 *
 * @param <S> what an arrival becomes, e.g. {@code series.Series}
 */
@FunctionalInterface
public interface ArrivalHandler<S> {

    /** @throws IOException (or a runtime exception) for an arrival that cannot be used, with the reason */
    List<S> handle(Arrival arrival) throws IOException;
}
