package io.jenkins.plugins.patchworkci.run;

import io.jenkins.plugins.patchworkci.inbox.Arrival;
import io.jenkins.plugins.patchworkci.inbox.CursorJson;
import io.jenkins.plugins.patchworkci.inbox.FileCursorStore;
import io.jenkins.plugins.patchworkci.inbox.Poll;
import io.jenkins.plugins.patchworkci.inbox.Source;
import io.jenkins.plugins.patchworkci.mail.Address;
import io.jenkins.plugins.patchworkci.mail.MailError;
import io.jenkins.plugins.patchworkci.mail.Message;
import io.jenkins.plugins.patchworkci.report.Run;
import io.jenkins.plugins.patchworkci.series.Lineage;
import io.jenkins.plugins.patchworkci.series.LineageLinker;
import io.jenkins.plugins.patchworkci.series.Series;
import io.jenkins.plugins.patchworkci.series.SeriesId;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The service: polls every source, turns what arrived into series, and runs each new complete
 * series version once, at most {@code concurrency} at a time.
 *
 * <p>Nothing is lost and nothing is repeated across a restart: a source's cursor is saved only
 * after every run started from that poll has finished (so a crash means the same mail comes
 * again), and the {@link RunLedger} remembers which series versions finished (so it is not run
 * twice). A version superseded by a newer one seen in the same poll, or already finished, is
 * marked superseded and not run.
 */
public final class Runner {

    /**
     * One configured source with the file its cursor lives in, where the messages of its incomplete
     * series wait, and for how long.
     */
    public record Bound<C>(Source<C> source, FileCursorStore cursor, Optional<C> startCursor, Path held, Duration hold) {}

    /**
     * What one poll of every source did.
     *
     * @param arrivals how many arrivals the sources delivered
     * @param runs the ledger records of the series versions run (or superseded) by this poll
     * @param problems messages and sources that could not be used, each with the reason
     */
    public record Summary(int arrivals, List<RunRecord> runs, List<String> problems) {}

    private final List<Bound<?>> sources;
    private final SeriesRun job;
    private final RunLedger ledger;
    private final int concurrency;
    private final Clock clock;
    private final RunEvents events;
    private final java.util.concurrent.atomic.AtomicBoolean dying = new java.util.concurrent.atomic.AtomicBoolean();

    public Runner(List<Bound<?>> sources, SeriesRun job, RunLedger ledger, int concurrency, Clock clock, RunEvents events) {
        this.sources = List.copyOf(sources);
        this.job = job;
        this.ledger = ledger;
        this.concurrency = concurrency;
        this.clock = clock;
        this.events = events;
    }

    /** One poll of every source, and every run it starts, to the end. */
    public Summary once() throws InterruptedException {
        int arrivals = 0;
        List<RunRecord> runs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Bound<?> b : sources) {
            try {
                arrivals += pollAndRun(b, runs, problems);
            } catch (IOException e) {
                // The cursor stays where it was: the next poll asks again for the same mail.
                problems.add(b.source().describe() + ": " + e.getMessage());
                events.problem(b.source().describe(), String.valueOf(e.getMessage()));
            }
        }
        return new Summary(arrivals, runs, problems);
    }

    /** Polls until interrupted, waiting {@code interval} between polls. */
    public void loop(Duration interval) throws InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            once();
            Thread.sleep(interval.toMillis());
        }
    }

    private <C> int pollAndRun(Bound<C> b, List<RunRecord> runs, List<String> problems)
            throws IOException, InterruptedException {
        Source<C> source = b.source();
        String saved = b.cursor().load();
        C cursor;
        if (saved == null) {
            cursor = b.startCursor().isPresent() ? b.startCursor().get() : source.initialCursor();
            b.cursor().save(CursorJson.write(cursor));
            if (b.startCursor().isEmpty()) {
                events.polled(source.describe(), 0);
                return 0; // a first poll of a server starts from now, not from its history
            }
        } else {
            cursor = CursorJson.read(saved, source.cursorType());
        }
        Poll<C> poll = source.poll(cursor);
        events.polled(source.describe(), poll.arrivals().size());
        SeriesReader reader = SeriesReader.withDefaults();
        Map<String, Message> messages = new java.util.LinkedHashMap<>();
        Map<String, List<Address>> recipients = new HashMap<>();
        Map<String, byte[]> raw = new HashMap<>();
        Map<String, SeriesOrigin> origins = new HashMap<>();
        HeldMail held = new HeldMail(b.held());
        for (HeldMail.Held h : held.all()) {
            add(reader.readOne(h.raw()), SeriesOrigin.mail(source.describe()), messages, recipients, raw, origins, problems);
        }
        for (Arrival a : poll.arrivals()) {
            add(reader.read(a.mail(), source.describe() + " " + a.key()), origin(source.describe(), a), messages,
                    recipients, raw, origins, problems);
        }
        List<Series> all = SeriesReader.assemble(messages.values()).series();
        List<Series> ready = new ArrayList<>();
        for (Series s : all) {
            List<String> ids = messageIds(s);
            if (s.complete()) {
                for (String id : ids) {
                    held.release(id);
                }
                ready.add(s);
            } else if (ids.stream().anyMatch(id -> expired(held, id, b.hold()))) {
                for (String id : ids) {
                    held.release(id);
                }
                String why = "gave up waiting for patches " + s.missing() + " after " + b.hold().toMinutes() + " min";
                problems.add(label(s) + ": " + why);
                events.skipped(label(s), why);
            } else {
                for (String id : ids) {
                    if (raw.containsKey(id)) {
                        held.hold(id, raw.get(id), clock.instant());
                    }
                }
                events.skipped(label(s), "incomplete: holding it until patches " + s.missing() + " arrive");
            }
        }
        if (runAll(ready, all, origins, recipients, runs)) {
            // Another runner is still running some of this mail: keep the cursor, so that if it dies
            // the next poll reads the mail again (what finished meanwhile is then skipped).
            return poll.arrivals().size();
        }
        b.cursor().save(CursorJson.write(poll.cursor()));
        return poll.arrivals().size();
    }

    private static void add(SeriesReader.Read read, SeriesOrigin origin, Map<String, Message> messages,
            Map<String, List<Address>> recipients, Map<String, byte[]> raw, Map<String, SeriesOrigin> origins,
            List<String> problems) {
        for (MailError e : read.errors()) {
            problems.add(e.toString());
        }
        for (Message m : read.messages()) {
            messages.put(m.messageId(), m); // a newer delivery of a held message wins
            origins.put(m.messageId(), origin);
        }
        recipients.putAll(read.recipients());
        raw.putAll(read.raw());
    }

    private static List<String> messageIds(Series s) {
        List<String> ids = new ArrayList<>();
        s.coverLetter().ifPresent(c -> ids.add(c.messageId()));
        s.patches().forEach(p -> ids.add(p.message().messageId()));
        return ids;
    }

    private boolean expired(HeldMail held, String id, Duration hold) {
        try {
            return held.expired(id, clock.instant(), hold);
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs what is new; true when some version was left to another runner that holds its claim. */
    private boolean runAll(List<Series> ready, List<Series> all, Map<String, SeriesOrigin> origins,
            Map<String, List<Address>> recipients, List<RunRecord> runs) throws IOException, InterruptedException {
        Map<SeriesId, SeriesId> supersededBy = new HashMap<>();
        for (Lineage l : new LineageLinker().link(all)) {
            for (Series s : l.versions()) {
                l.supersededBy(s.id()).ifPresent(newer -> supersededBy.put(s.id(), newer));
            }
        }
        List<Series> todo = new ArrayList<>();
        for (Series s : ready) {
            String label = label(s);
            Optional<RunRecord> known = ledger.get(s.id().messageId(), s.version());
            if (known.isPresent() && known.get().status().finished()) {
                events.skipped(label, "already " + known.get().status().name().toLowerCase());
                continue;
            }
            RunRecord r = known.orElse(RunRecord.queued(s.id().messageId(), s.version(), s.subject(), clock.instant()));
            if (supersededBy.containsKey(s.id())) {
                r = r.with(RunStatus.SUPERSEDED, "superseded by " + supersededBy.get(s.id()), clock.instant());
                ledger.put(r);
                runs.add(r);
                events.skipped(label, r.outcome());
                continue;
            }
            if (known.isEmpty()) {
                // Only a new record: an existing one may be another runner's, newer than what was read.
                ledger.put(r);
            }
            todo.add(s);
        }
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread t = new Thread(runnable, "pwci-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RunRecord>> futures = new ArrayList<>();
            for (Series s : todo) {
                SeriesOrigin origin = s.patches().isEmpty() ? SeriesOrigin.mail("unknown")
                        : origins.getOrDefault(s.patches().get(0).message().messageId(), SeriesOrigin.mail("unknown"));
                futures.add(pool.submit(() -> runOne(s, origin, recipients, all)));
            }
            boolean contested = false;
            for (Future<RunRecord> f : futures) {
                try {
                    RunRecord r = f.get();
                    if (r == null) {
                        contested = true;
                    } else if (r != ALREADY_FINISHED) {
                        runs.add(r);
                    }
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error err) {
                        // The JVM is going down: stop the other runs and record nothing more, as a kill would.
                        dying.set(true);
                        pool.shutdownNow();
                        throw err;
                    }
                    throw new IOException("a run failed unexpectedly", e.getCause());
                }
            }
            return contested;
        } catch (InterruptedException e) {
            pool.shutdownNow();
            throw e;
        } finally {
            pool.shutdown();
        }
    }

    /** What {@link #runOne} returns for a version another runner finished meanwhile. */
    private static final RunRecord ALREADY_FINISHED = new RunRecord("", 0, "", RunStatus.DONE, 0, "", "");

    /** Runs one version under its claim; null when another runner holds the claim. */
    private RunRecord runOne(Series s, SeriesOrigin origin, Map<String, List<Address>> recipients, List<Series> all)
            throws IOException, InterruptedException {
        Optional<RunLedger.Claim> claim = ledger.claim(s.id().messageId(), s.version());
        if (claim.isEmpty()) {
            events.skipped(label(s), "being run by another runner");
            return null;
        }
        try (RunLedger.Claim held = claim.get()) {
            Optional<RunRecord> known = ledger.get(s.id().messageId(), s.version());
            if (known.isPresent() && known.get().status().finished()) {
                events.skipped(label(s), "already " + known.get().status().name().toLowerCase());
                return ALREADY_FINISHED;
            }
            return runClaimed(s, origin, recipients, all);
        }
    }

    private RunRecord runClaimed(Series s, SeriesOrigin origin, Map<String, List<Address>> recipients, List<Series> all)
            throws IOException, InterruptedException {
        String label = label(s);
        RunRecord r = ledger.get(s.id().messageId(), s.version())
                .orElse(RunRecord.queued(s.id().messageId(), s.version(), s.subject(), clock.instant()))
                .with(RunStatus.RUNNING, "", clock.instant());
        ledger.put(r);
        events.started(label);
        try {
            Run run = job.call(s, origin, id -> recipients.getOrDefault(id, List.of()), all);
            r = r.with(RunStatus.DONE, run.state().apiName() + ": " + run.plan().summary(), clock.instant());
        } catch (IOException | RuntimeException e) {
            if (dying.get() || Thread.currentThread().isInterrupted() || interruption(e)) {
                // Stopped, not failed: the record stays RUNNING, so a restart runs it again.
                throw new InterruptedException("run of " + label + " stopped: " + e);
            }
            r = r.with(RunStatus.ERROR, e.getMessage() == null ? e.toString() : e.getMessage(), clock.instant());
        }
        if (dying.get()) {
            throw new InterruptedException("run of " + label + " finished while the runner was stopping");
        }
        ledger.put(r);
        events.finished(label, r);
        return r;
    }

    /** Whether an exception comes from an interrupted thread (I/O libraries wrap the interruption). */
    private static boolean interruption(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException || t instanceof java.io.InterruptedIOException
                    || t instanceof java.nio.channels.ClosedByInterruptException) {
                return true;
            }
        }
        return false;
    }

    static String label(Series s) {
        return "[v" + s.version() + "] " + s.subject();
    }

    private static SeriesOrigin origin(String source, Arrival a) {
        Map<String, String> m = a.metadata();
        if (!m.containsKey("patchwork.series.id")) {
            return SeriesOrigin.mail(source);
        }
        Map<String, Long> ids = new HashMap<>();
        String[] patchIds = m.getOrDefault("patchwork.patch.ids", "").split(",");
        String[] msgIds = m.getOrDefault("patchwork.patch.msgids", "").trim().split("\\s+");
        for (int i = 0; i < Math.min(patchIds.length, msgIds.length); i++) {
            if (!patchIds[i].isBlank() && !msgIds[i].isBlank()) {
                ids.put(msgIds[i].strip().replaceAll("^<|>$", ""), Long.parseLong(patchIds[i].strip()));
            }
        }
        String url = m.getOrDefault("patchwork.series.url", "");
        return new SeriesOrigin(source, Optional.ofNullable(m.get("patchwork.project")),
                Optional.of(Long.parseLong(m.get("patchwork.series.id"))), url.isEmpty() ? Optional.empty() : Optional.of(url),
                ids, Map.of());
    }
}
