package io.jenkins.plugins.patchworkci.scan;

import io.jenkins.plugins.patchworkci.patchwork.EventQuery;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkEvent;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a project's event log since a cursor (oldest first, every category in one query) and maps the
 * events to head changes. Patchwork stamps events to the microsecond but commits them a little later
 * than it stamps them, so each poll re-reads an overlap before the cursor and drops the ids it already
 * delivered. A failed poll raises and the caller keeps its cursor: nothing is lost, nothing repeats.
 */
public final class EventPoll {

    /** Long enough for a slow Patchwork transaction, short enough to re-read few events. */
    public static final Duration DEFAULT_OVERLAP = Duration.ofMinutes(2);
    /**
     * How old a stored cursor may be and still be resumed from. A busy project (netdevbpf: thousands of
     * check-created events a day) would take many pages to catch up on after a longer stop; past this,
     * the multibranch project's periodic scan is the cheaper way to catch up.
     */
    public static final Duration DEFAULT_RESUME_WINDOW = Duration.ofDays(1);

    private final PatchworkClient client;
    private final String project;
    private final EventMapper mapper;
    private Duration overlap = DEFAULT_OVERLAP;
    private Clock clock = Clock.systemUTC();
    private Duration resumeWindow = DEFAULT_RESUME_WINDOW;

    /** The changes found and the cursor to poll from next. */
    public record Result(List<HeadChange> changes, EventCursor next) {
        public Result {
            changes = List.copyOf(changes);
            Objects.requireNonNull(next, "next");
        }
    }

    public EventPoll(PatchworkClient client, String project, EventMapper mapper) {
        this.client = Objects.requireNonNull(client, "client");
        this.project = Objects.requireNonNull(project, "project");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    public EventPoll setOverlap(Duration value) {
        this.overlap = Objects.requireNonNull(value, "overlap");
        return this;
    }

    public EventPoll setResumeWindow(Duration value) {
        this.resumeWindow = Objects.requireNonNull(value, "resumeWindow");
        return this;
    }

    /**
     * Where to poll from after a restart: the stored cursor when there is one no older than the resume
     * window (so events that happened while Jenkins was down are delivered), else {@link #start()}.
     * A cursor dated in the future (a clock set back) is not trusted either.
     *
     * @param stored the cursor saved by the previous run, or null
     */
    public EventCursor resume(@Nullable EventCursor stored) throws IOException, InterruptedException {
        if (stored != null) {
            Instant now = clock.instant();
            if (!stored.since().isBefore(now.minus(resumeWindow)) && !stored.since().isAfter(now.plus(overlap))) {
                return stored;
            }
        }
        return start();
    }

    public EventPoll setClock(Clock value) {
        this.clock = Objects.requireNonNull(value, "clock");
        return this;
    }

    /**
     * A cursor after the project's newest event (or now, for an empty log): only later events count. The
     * events of the overlap before the newest are marked seen, so the first poll does not deliver them.
     */
    public EventCursor start() throws IOException, InterruptedException {
        List<PatchworkEvent> newest = client.latestEvents(EventQuery.inProject(project), PatchworkClient.PAGE_SIZE);
        if (newest.isEmpty() || newest.get(0).date() == null) {
            return new EventCursor(clock.instant(), List.of());
        }
        Instant since = newest.get(0).date();
        return new EventCursor(since, newest.stream().filter(e -> e.date() != null && !e.date().isBefore(since.minus(overlap)))
                .map(PatchworkEvent::id).sorted().toList());
    }

    public Result poll(EventCursor cursor) throws IOException, InterruptedException {
        List<PatchworkEvent> events = client.events(EventQuery.inProject(project)
                .withSince(cursor.since().minus(overlap)));
        Set<Long> seen = new HashSet<>(cursor.seen());
        Instant since = cursor.since();
        List<HeadChange> changes = new ArrayList<>();
        for (PatchworkEvent e : events) {
            if (e.date() != null && e.date().isAfter(since)) {
                since = e.date();
            }
            if (!seen.add(e.id())) {
                continue;
            }
            Optional<HeadChange> change = mapper.map(e);
            change.ifPresent(changes::add);
        }
        Instant keepFrom = since.minus(overlap);
        List<Long> stillSeen = events.stream().filter(e -> e.date() != null && !e.date().isBefore(keepFrom))
                .map(PatchworkEvent::id).distinct().sorted().toList();
        return new Result(changes, new EventCursor(since, stillSeen));
    }
}
