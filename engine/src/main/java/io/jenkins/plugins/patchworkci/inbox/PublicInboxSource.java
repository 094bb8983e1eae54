package io.jenkins.plugins.patchworkci.inbox;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One inbox of a public-inbox archive as a {@link Source} of messages, polled by received time.
 *
 * <p>The Atom feed holds only the newest few dozen messages, so a busy list overruns it between polls;
 * instead each poll asks the search index for {@code rt:<cursor - overlap>..} (one POST, answered with
 * an mbox of every match), drops the messages the cursor has already seen, and delivers the rest, oldest
 * first, one {@link Arrival} (a one-message mboxrd) per message. The overlap catches messages indexed
 * late with an earlier received time (a mirror catching up). With {@link PublicInboxSettings#atomGapCheck()},
 * the feed is read as a cross-check and any message in it that the search missed is fetched raw and
 * delivered too.
 */
public final class PublicInboxSource implements Source<PublicInboxCursor> {

    private static final System.Logger LOG = System.getLogger(PublicInboxSource.class.getName());

    private final PublicInboxClient client;
    private final PublicInboxSettings settings;
    private final Clock clock;

    public PublicInboxSource(PublicInboxClient client, PublicInboxSettings settings,
            Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String describe() {
        return "public-inbox " + client.server() + settings.list();
    }

    @Override
    public Class<PublicInboxCursor> cursorType() {
        return PublicInboxCursor.class;
    }

    /**
     * Starts at the newest message of the feed; it and the feed's messages within the overlap before it
     * count as seen, so the first poll delivers only what arrives later. An empty feed starts now.
     */
    @Override
    public PublicInboxCursor initialCursor() throws IOException, InterruptedException {
        List<AtomEntry> feed = client.atom(settings.list());
        long newest = feed.stream().mapToLong(e -> e.updated().getEpochSecond()).max()
                .orElse(clock.instant().getEpochSecond());
        long keepFrom = newest - settings.overlap().toSeconds();
        return new PublicInboxCursor(newest, feed.stream().filter(e -> e.updated().getEpochSecond() >= keepFrom)
                .map(e -> new PublicInboxCursor.Seen(e.messageId(), e.updated().getEpochSecond()))
                .sorted(Comparator.comparingLong(PublicInboxCursor.Seen::receivedAt)
                        .thenComparing(PublicInboxCursor.Seen::messageId))
                .toList());
    }

    @Override
    public Poll<PublicInboxCursor> poll(PublicInboxCursor cursor) throws IOException, InterruptedException {
        long from = cursor.receivedAt() - settings.overlap().toSeconds();
        // rt: takes epoch seconds as they are when they have 5 or more digits (PublicInbox::Search)
        byte[] mbox = client.search(settings.list(), "rt:" + Math.max(from, 10000) + "..");
        Set<String> seen = new HashSet<>();
        cursor.seen().forEach(s -> seen.add(s.messageId()));

        Map<String, Found> fresh = new LinkedHashMap<>();
        for (byte[] chunk : MboxrdMessages.split(mbox)) {
            add(chunk, from, cursor, seen, fresh);
        }
        if (settings.atomGapCheck()) {
            for (AtomEntry e : client.atom(settings.list())) {
                long rt = e.updated().getEpochSecond();
                if (rt >= from && !seen.contains(e.messageId()) && !fresh.containsKey(e.messageId())) {
                    LOG.log(System.Logger.Level.WARNING, "{0}: <{1}> is in the Atom feed but not in the search"
                            + " results; fetched on its own", describe(), e.messageId());
                    add(client.raw(settings.list(), e.messageId()), from, cursor, seen, fresh);
                }
            }
        }

        List<Found> ordered = new ArrayList<>(fresh.values());
        // public-inbox answers newest first; deliver in received order, ties by Message-ID for stability
        ordered.sort(Comparator.comparingLong(Found::receivedAt).thenComparing(Found::messageId));
        long newest = cursor.receivedAt();
        for (Found f : ordered) {
            newest = Math.max(newest, f.receivedAt);
        }
        long keepFrom = newest - settings.overlap().toSeconds();
        List<PublicInboxCursor.Seen> stillSeen = new ArrayList<>();
        for (PublicInboxCursor.Seen s : cursor.seen()) {
            if (s.receivedAt() >= keepFrom) {
                stillSeen.add(s);
            }
        }
        List<Arrival> arrivals = new ArrayList<>();
        for (Found f : ordered) {
            stillSeen.add(new PublicInboxCursor.Seen(f.messageId, f.receivedAt));
            Map<String, String> meta = new LinkedHashMap<>();
            meta.put("inbox.server", client.server().toString());
            meta.put("inbox.list", settings.list());
            meta.put("inbox.messageId", f.messageId);
            meta.put("inbox.receivedAt", Instant.ofEpochSecond(f.receivedAt).toString());
            arrivals.add(new Arrival(f.messageId, MailFormat.MBOXRD, f.chunk, meta, true));
        }
        stillSeen.sort(Comparator.comparingLong(PublicInboxCursor.Seen::receivedAt)
                .thenComparing(PublicInboxCursor.Seen::messageId));
        return new Poll<>(arrivals, new PublicInboxCursor(newest, stillSeen));
    }

    private void add(byte[] chunk, long from, PublicInboxCursor cursor, Set<String> seen, Map<String, Found> fresh) {
        MessageHeaders h = MessageHeaders.of(MboxrdMessages.unquote(chunk));
        String id = h.messageId();
        if (id == null) {
            LOG.log(System.Logger.Level.WARNING, "{0}: a message without Message-ID was skipped", describe());
            return;
        }
        if (seen.contains(id) || fresh.containsKey(id)) {
            return;
        }
        Instant rt = h.receivedAt();
        // No readable Received or Date (public-inbox then filed it at import time), or a time before the
        // query's start (public-inbox read the headers differently): the true time is at or after `from`;
        // file it at the cursor so it is remembered through the next overlap.
        long at = rt == null || rt.getEpochSecond() < from ? Math.max(cursor.receivedAt(), from) : rt.getEpochSecond();
        fresh.put(id, new Found(id, at, chunk));
    }

    private record Found(String messageId, long receivedAt, byte[] chunk) {
    }
}
