package io.jenkins.plugins.patchworkci.patchwork;

import io.jenkins.plugins.patchworkci.inbox.Arrival;
import io.jenkins.plugins.patchworkci.inbox.MailFormat;
import io.jenkins.plugins.patchworkci.inbox.Poll;
import io.jenkins.plugins.patchworkci.inbox.Source;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A Patchwork project as a {@link Source} of complete series.
 *
 * <p>A poll reads the {@code series-completed} events since the cursor (oldest first, 250 per page),
 * then for each new series its detail and its mbox: with a warm client that is one request plus two
 * per new series; the first poll of a client adds the version probe and the project check. Series not
 * yet complete are held in the cursor and looked at again each poll, until complete or until the hold
 * timeout, when they are delivered marked incomplete. Patchwork fires {@code series-completed} only
 * when the last patch arrives; with {@link PatchworkSourceSettings#watchIncomplete()} the source also
 * reads {@code series-created} events (one more request per poll) and delivers a series that never
 * completes, marked incomplete, once the hold timeout has passed since its creation. A series deleted
 * meanwhile (404) is skipped with
 * a log line; any other failure fails the whole poll, and the caller's cursor stays where it was.
 */
public final class PatchworkSource implements Source<PatchworkCursor> {

    private static final System.Logger LOG = System.getLogger(PatchworkSource.class.getName());

    private final PatchworkClient client;
    private final PatchworkSourceSettings settings;
    private final Clock clock;

    public PatchworkSource(PatchworkClient client, PatchworkSourceSettings settings,
            Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String describe() {
        return "patchwork " + client.server() + " " + settings.project();
    }

    @Override
    public Class<PatchworkCursor> cursorType() {
        return PatchworkCursor.class;
    }

    /** Starts after the project's newest {@code series-completed} event (or now, if it has none). */
    @Override
    public PatchworkCursor initialCursor() throws IOException, InterruptedException {
        List<PatchworkEvent> newest = client.latestEvents(EventQuery.inProject(settings.project())
                .withCategory(EventCategory.SERIES_COMPLETED), 1);
        if (newest.isEmpty() || newest.get(0).date() == null) {
            return new PatchworkCursor(clock.instant(), List.of(), List.of());
        }
        return new PatchworkCursor(newest.get(0).date(), List.of(newest.get(0).id()), List.of());
    }

    @Override
    public Poll<PatchworkCursor> poll(PatchworkCursor cursor) throws IOException, InterruptedException {
        Instant now = clock.instant();
        List<Arrival> arrivals = new ArrayList<>();
        List<PatchworkCursor.HeldSeries> held = new ArrayList<>();
        Set<Long> handledSeries = new HashSet<>();

        // series created but not completed: only tracked when asked (one more request per poll)
        Map<Long, PatchworkCursor.HeldSeries> waiting = new LinkedHashMap<>();
        Instant createdSince = null;
        List<Long> seenCreated = List.of();
        if (settings.watchIncomplete()) {
            cursor.waiting().forEach(w -> waiting.put(w.id(), w));
            boolean first = cursor.createdSince() == null;
            EventWindow created = read(EventCategory.SERIES_CREATED, first ? cursor.since() : cursor.createdSince(),
                    first ? List.of() : cursor.seenCreated());
            for (PatchworkEvent e : created.fresh()) {
                SeriesRef ref = e.payload().series();
                if (ref != null) {
                    waiting.putIfAbsent(ref.id(), new PatchworkCursor.HeldSeries(ref.id(),
                            e.date() == null ? now : e.date()));
                }
            }
            createdSince = created.since();
            seenCreated = created.seen();
        }

        for (PatchworkCursor.HeldSeries h : cursor.held()) {
            handledSeries.add(h.id());
            waiting.remove(h.id());
            decide(h.id(), h.heldSince(), now, null, arrivals, held);
        }

        EventWindow completed = read(EventCategory.SERIES_COMPLETED, cursor.since(), cursor.seenEvents());
        for (PatchworkEvent e : completed.fresh()) {
            SeriesRef ref = e.payload().series();
            if (ref == null || !handledSeries.add(ref.id())) {
                continue;
            }
            waiting.remove(ref.id());
            decide(ref.id(), now, now, e, arrivals, held);
        }

        for (PatchworkCursor.HeldSeries w : List.copyOf(waiting.values())) {
            if (!now.isBefore(w.heldSince().plus(settings.holdTimeout())) && handledSeries.add(w.id())) {
                waiting.remove(w.id());
                decide(w.id(), w.heldSince(), now, null, arrivals, held);
            }
        }
        return new Poll<>(arrivals, new PatchworkCursor(completed.since(), completed.seen(), held, createdSince,
                seenCreated, List.copyOf(waiting.values())));
    }

    /** The events of one category since a cursor position: the unseen ones and the next position. */
    private record EventWindow(List<PatchworkEvent> fresh, Instant since, List<Long> seen) {
    }

    private EventWindow read(EventCategory category, Instant since, List<Long> seenBefore)
            throws IOException, InterruptedException {
        List<PatchworkEvent> events = client.events(EventQuery.inProject(settings.project())
                .withCategory(category).withSince(since.minus(settings.overlap())));
        Set<Long> seen = new HashSet<>(seenBefore);
        List<PatchworkEvent> fresh = new ArrayList<>();
        Instant newest = since;
        Instant asked = since.minus(settings.overlap());
        for (PatchworkEvent e : events) {
            if (e.date() != null && e.date().isBefore(asked)) {
                // Older than the query asked for: a stale page (a cache, a list that shifted, a server
                // ignoring 'since') must not deliver again what an earlier poll delivered.
                continue;
            }
            if (e.date() != null && e.date().isAfter(newest)) {
                newest = e.date();
            }
            if (seen.add(e.id())) {
                fresh.add(e);
            }
        }
        Instant keepFrom = newest.minus(settings.overlap());
        List<Long> stillSeen = events.stream()
                .filter(e -> e.date() != null && !e.date().isBefore(keepFrom))
                .map(PatchworkEvent::id).distinct().sorted().collect(Collectors.toList());
        return new EventWindow(fresh, newest, stillSeen);
    }

    /** Delivers, holds, or (if deleted) drops one series. */
    private void decide(long id, Instant heldSince, Instant now, @Nullable PatchworkEvent event,
            List<Arrival> arrivals, List<PatchworkCursor.HeldSeries> held) throws IOException, InterruptedException {
        PatchworkSeries s;
        try {
            s = client.series(id);
        } catch (PatchworkNotFoundException gone) {
            LOG.log(System.Logger.Level.WARNING, "{0}: series {1} is gone (404); skipped", describe(), id);
            return;
        }
        boolean timedOut = !now.isBefore(heldSince.plus(settings.holdTimeout()));
        if (!s.receivedAll() && !timedOut) {
            held.add(new PatchworkCursor.HeldSeries(id, heldSince));
            return;
        }
        if (!s.receivedAll()) {
            LOG.log(System.Logger.Level.WARNING, "{0}: series {1} still has {2} of {3} patches after {4}; delivered"
                    + " incomplete", describe(), id, s.receivedTotal(), s.total(), settings.holdTimeout());
        }
        arrivals.add(arrival(s, event));
    }

    private Arrival arrival(PatchworkSeries s, @Nullable PatchworkEvent event)
            throws IOException, InterruptedException {
        byte[] mbox = settings.includeCoverLetter() ? client.seriesMail(s) : client.seriesMbox(s);
        Map<String, String> m = new LinkedHashMap<>();
        m.put("patchwork.server", client.server().toString());
        m.put("patchwork.project", s.project() == null ? settings.project() : s.project().linkName());
        m.put("patchwork.series.id", Long.toString(s.id()));
        m.put("patchwork.series.version", Integer.toString(s.version()));
        m.put("patchwork.series.name", s.name() == null ? "" : s.name());
        m.put("patchwork.series.url", s.webUrl() == null ? "" : s.webUrl());
        m.put("patchwork.series.total", Integer.toString(s.total()));
        m.put("patchwork.series.received", Integer.toString(s.receivedTotal()));
        m.put("patchwork.series.date", s.date() == null ? "" : s.date().toString());
        m.put("patchwork.series.submitter", s.submitter() == null ? "" : s.submitter().email());
        m.put("patchwork.patch.ids", s.patches().stream().map(p -> Long.toString(p.id()))
                .collect(Collectors.joining(",")));
        m.put("patchwork.patch.msgids", s.patches().stream().map(PatchRef::messageId)
                .collect(Collectors.joining(" ")));
        if (s.coverLetter() != null) {
            m.put("patchwork.cover.id", Long.toString(s.coverLetter().id()));
            m.put("patchwork.cover.msgid", s.coverLetter().messageId());
            m.put("patchwork.cover.included", Boolean.toString(settings.includeCoverLetter()));
        }
        if (event != null) {
            m.put("patchwork.event.id", Long.toString(event.id()));
        }
        return new Arrival("series/" + s.id(), MailFormat.MBOXO, mbox, m, s.receivedAll());
    }
}
