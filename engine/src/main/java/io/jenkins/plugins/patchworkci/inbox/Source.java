package io.jenkins.plugins.patchworkci.inbox;

import java.io.IOException;

/**
 * A place series come from, polled incrementally.
 *
 * <p>The contract every implementation keeps:
 * <ul>
 *   <li>{@link #poll(Object)} either returns every item that arrived after the cursor together with
 *       the next cursor, or throws. It never changes the cursor it was given (cursors are immutable
 *       values), so a failed poll leaves the caller where it was: nothing skipped, nothing lost.</li>
 *   <li>A poll costs requests in proportion to what is new, not to the size of the source.</li>
 *   <li>Cursors are plain records that {@link CursorJson} writes and reads, so they survive a restart.</li>
 *   <li>Delivery is at least once: the caller processes the arrivals, then saves the new cursor. After a
 *       crash in between, the same items come again with the same {@link Arrival#key()}.</li>
 * </ul>
 *
 * <p>Where series assembly plugs in: a source yields raw mail; the caller turns each arrival into
 * series with an {@link ArrivalHandler} ({@code List<Series> handle(Arrival)}) — {@code mail}'s reader
 * for {@link Arrival#format()} splits the bytes into messages, {@code series} groups them — and
 * {@link PollCommand} runs load-poll-handle-save in the order that loses nothing. Sources do not parse
 * mail beyond the few headers a cursor needs.
 *
 * @param <C> the cursor type, a JSON-serialisable record
 */
public interface Source<C> {

    /** A one-line description for logs and errors, e.g. {@code patchwork https://patchwork.kernel.org/ netdevbpf}. */
    String describe();

    /** The cursor record's class, for {@link CursorJson#read(String, Class)}. */
    Class<C> cursorType();

    /** A cursor from which the first poll delivers what arrives from now on. */
    C initialCursor() throws IOException, InterruptedException;

    /** Everything that arrived after {@code cursor}, and the next cursor. */
    Poll<C> poll(C cursor) throws IOException, InterruptedException;
}
