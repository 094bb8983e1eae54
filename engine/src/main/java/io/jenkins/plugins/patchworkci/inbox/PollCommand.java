package io.jenkins.plugins.patchworkci.inbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One poll of a source, done in the order that loses nothing: load the cursor, poll, hand every arrival
 * to the handler, then save the new cursor. A failed poll saves nothing. An arrival the handler refuses
 * is reported in {@link PollOutcome#failures()} by its key and does not stop the others. A crash before
 * the save means the same arrivals come again next time (at least once). With no saved cursor, the call
 * only creates the source's initial cursor.
 *
 * @param <C> the source's cursor type
 * @param <S> what arrivals become
 */
public final class PollCommand<C, S> {

    private static final System.Logger LOG = System.getLogger(PollCommand.class.getName());

    private final Source<C> source;
    private final CursorStore store;
    private final ArrivalHandler<S> handler;

    public PollCommand(Source<C> source, CursorStore store, ArrivalHandler<S> handler) {
        this.source = Objects.requireNonNull(source, "source");
        this.store = Objects.requireNonNull(store, "store");
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    public PollOutcome<S> call() throws IOException, InterruptedException {
        String saved = store.load();
        if (saved == null) {
            store.save(CursorJson.write(source.initialCursor()));
            return new PollOutcome<>(List.of(), List.of(), 0, true);
        }
        C cursor = CursorJson.read(saved, source.cursorType());
        Poll<C> poll = source.poll(cursor);
        List<S> results = new ArrayList<>();
        List<PollOutcome.Failure> failures = new ArrayList<>();
        for (Arrival a : poll.arrivals()) {
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted while handling arrivals of " + source.describe()
                        + "; the cursor was not saved");
            }
            try {
                results.addAll(handler.handle(a));
            } catch (IOException | RuntimeException e) {
                String reason = e.getMessage() == null ? e.toString() : e.getMessage();
                LOG.log(System.Logger.Level.WARNING, "{0}: {1} could not be used: {2}", source.describe(), a.key(),
                        reason);
                failures.add(new PollOutcome.Failure(a.key(), reason));
            }
        }
        store.save(CursorJson.write(poll.cursor()));
        return new PollOutcome<>(results, failures, poll.arrivals().size(), false);
    }
}
