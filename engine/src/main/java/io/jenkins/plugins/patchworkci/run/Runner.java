package io.jenkins.plugins.patchworkci.run;

import io.jenkins.plugins.patchworkci.inbox.Arrival;
import io.jenkins.plugins.patchworkci.inbox.CursorJson;
import io.jenkins.plugins.patchworkci.inbox.FileCursorStore;
import io.jenkins.plugins.patchworkci.inbox.Poll;
import io.jenkins.plugins.patchworkci.inbox.Source;
import io.jenkins.plugins.patchworkci.intake.Intake;
import io.jenkins.plugins.patchworkci.intake.SeriesOrigin;
import io.jenkins.plugins.patchworkci.intake.SeriesReader;
import io.jenkins.plugins.patchworkci.mail.MailError;
import io.jenkins.plugins.patchworkci.report.Reporter;
import io.jenkins.plugins.patchworkci.report.Run;
import io.jenkins.plugins.patchworkci.series.Lineage;
import io.jenkins.plugins.patchworkci.series.LineageLinker;
import io.jenkins.plugins.patchworkci.series.Series;
import io.jenkins.plugins.patchworkci.series.SeriesId;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The service: polls every source, turns what arrived into series, and runs each new complete
 * series version once, at most {@code concurrency} at a time, on a pool fed by the polls.
 *
 * <p>Polling goes on while runs execute ({@link #loop}), so a newer version of a series that a
 * later poll brings supersedes the older one at once: an older version still queued is cancelled
 * (never run), one that is running is stopped — its thread interrupted, its build and test
 * process trees killed, its work tree removed — and the ledger records it {@link
 * RunStatus#SUPERSEDED}. Neither gets a result reported; a stopped run whose pending Patchwork
 * checks were already posted gets them settled once (see {@link Reporter#stopped}), so they never
 * turn into a "timed out" failure.
 *
 * <p>Nothing is lost and nothing is repeated across a restart: a source's cursor is saved only
 * after every run started from that poll (and every earlier poll of that source) is recorded in
 * the ledger (so a crash means the same mail comes again), and the {@link RunLedger} remembers
 * which series versions finished (so none is run twice). A run stopped because the runner itself
 * stops stays RUNNING in the ledger and is run again after a restart.
 *
 * <p>A run that breaks for its own reasons (an I/O failure: a full disk, a mirror fetch failing,
 * a server outage) is recorded {@link RunStatus#ERROR} and, while the {@link RunRetryPolicy} allows
 * more attempts, tried again by a later poll once its wait is over (also after a restart): its
 * mail is kept in {@link RetryMail} beside the source's held mail, since the source's cursor has
 * moved past it. After the last attempt it stays an error for good. A run that reported is DONE,
 * never ERROR, so a retry never reports twice.
 */
public final class Runner {

    /**
     * One configured source with the file its cursor lives in, where the messages of its incomplete
     * series wait, and for how long.
     */
    public record Bound<C>(Source<C> source, FileCursorStore cursor, Optional<C> startCursor, Path held, Duration hold,
            Optional<String> archive) {

        /** A source whose mail is in no archive the configuration names. */
        public Bound(Source<C> source, FileCursorStore cursor, Optional<C> startCursor, Path held, Duration hold) {
            this(source, cursor, startCursor, held, hold, Optional.empty());
        }
    }

    /**
     * What one poll of every source did.
     *
     * @param arrivals how many arrivals the sources delivered
     * @param runs the ledger records of the series versions finished, superseded or stopped since
     *     the previous summary ({@link #once}: every run the poll started)
     * @param problems messages and sources that could not be used, each with the reason
     */
    public record Summary(int arrivals, List<RunRecord> runs, List<String> problems) {
        public Summary {
            runs = List.copyOf(runs);
            problems = List.copyOf(problems);
        }
    }

    private final List<Bound<?>> sources;
    private final SeriesRun job;
    private final RunLedger ledger;
    private final Clock clock;
    private final RunEvents events;
    private final RunRetryPolicy retry;
    /** Whose results began to go out: told by the reporters (see {@link StepReporting}). */
    private volatile ResultsOut resultsOut = new ResultsOut();
    private final AtomicBoolean dying = new AtomicBoolean();
    private final ThreadPoolExecutor pool;
    /** Versions queued or running in this runner, by {@link #key}. */
    private final Map<String, Active> active = new ConcurrentHashMap<>();
    /** Where each source's next poll starts: ahead of its saved cursor while runs are under way. */
    private final Map<Bound<?>, Object> position = new HashMap<>();
    /** Per source, the polls whose cursor waits for their runs, oldest first. */
    private final Map<Bound<?>, Deque<Batch>> unsaved = new HashMap<>();
    /** Records to hand out with the next summary. */
    private final Queue<RunRecord> recorded = new ConcurrentLinkedQueue<>();
    /** Problems met by runs, handed out with the next summary. */
    private final Queue<String> runProblems = new ConcurrentLinkedQueue<>();

    public Runner(List<Bound<?>> sources, SeriesRun job, RunLedger ledger, int concurrency, Clock clock, RunEvents events) {
        this(sources, job, ledger, concurrency, clock, events, RunRetryPolicy.DEFAULT);
    }

    public Runner(List<Bound<?>> sources, SeriesRun job, RunLedger ledger, int concurrency, Clock clock, RunEvents events,
            RunRetryPolicy retry) {
        this.retry = retry;
        this.sources = List.copyOf(sources);
        this.job = job;
        this.ledger = ledger;
        this.clock = clock;
        this.events = events;
        this.pool = new ThreadPoolExecutor(concurrency, concurrency, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread t = new Thread(runnable, "pwci-run");
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
    }

    /** Learns from {@code out} which runs began to report, so that none of those is retried. */
    Runner watching(ResultsOut out) {
        this.resultsOut = out;
        return this;
    }

    /** One poll of every source, and every run it starts, to the end. */
    public Summary once() throws InterruptedException {
        List<String> problems = new ArrayList<>();
        int arrivals = pollAll(problems);
        try {
            for (Active a : List.copyOf(active.values())) {
                await(a.future);
            }
        } catch (InterruptedException e) {
            stopAll();
            throw e;
        }
        settle(problems);
        return new Summary(arrivals, drain(), problems);
    }

    /**
     * Polls until interrupted, waiting {@code interval} between polls, while the runs the polls
     * start go on beside; {@code each} gets every poll's summary. On interruption the runs are
     * stopped (left RUNNING in the ledger, to be run again after a restart).
     */
    public void loop(Duration interval, Consumer<Summary> each) throws InterruptedException {
        try {
            // Problems found while settling between polls are said with the next poll's summary.
            List<String> between = new ArrayList<>();
            while (!Thread.currentThread().isInterrupted()) {
                List<String> problems = new ArrayList<>(between);
                between.clear();
                int arrivals = pollAll(problems);
                settle(problems);
                each.accept(new Summary(arrivals, drain(), problems));
                long until = System.nanoTime() + interval.toNanos();
                // Wake up early to save cursors as soon as runs finish, but poll only every interval.
                while (System.nanoTime() < until) {
                    Thread.sleep(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime()), 200)));
                    settle(between);
                }
            }
        } finally {
            stopAll();
        }
    }

    /** Polls once without waiting for the runs; for the loop and tests that drive polls themselves. */
    Summary pollOnce() throws InterruptedException {
        List<String> problems = new ArrayList<>();
        int arrivals = pollAll(problems);
        settle(problems);
        return new Summary(arrivals, drain(), problems);
    }

    /** Waits for every run under way, saves the cursors they held back, and says what finished. */
    Summary drainAll() throws InterruptedException {
        List<String> problems = new ArrayList<>();
        for (Active a : List.copyOf(active.values())) {
            await(a.future);
        }
        settle(problems);
        return new Summary(0, drain(), problems);
    }

    private int pollAll(List<String> problems) throws InterruptedException {
        int arrivals = 0;
        for (Bound<?> b : sources) {
            try {
                arrivals += poll(b, problems);
            } catch (IOException e) {
                // The cursor stays where it was: the next poll asks again for the same mail.
                problems.add(b.source().describe() + ": " + e.getMessage());
                events.problem(b.source().describe(), String.valueOf(e.getMessage()));
            }
        }
        return arrivals;
    }

    private List<RunRecord> drain() {
        List<RunRecord> out = new ArrayList<>();
        for (RunRecord r; (r = recorded.poll()) != null; ) {
            out.add(r);
        }
        return out;
    }

    /** Stops every run: the runner is going away; what ran stays RUNNING and is run after a restart. */
    private void stopAll() {
        dying.set(true);
        // Queued runs never start; their futures are cancelled so nobody waits for them.
        pool.shutdownNow().forEach(task -> ((Future<?>) task).cancel(false));
    }

    private static void await(Future<RunRecord> f) throws InterruptedException {
        try {
            f.get();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            // settle() looks at the outcome
        }
    }

    /**
     * Saves, per source, the cursors of the oldest polls whose runs are all recorded, and collects
     * what the finished runs said. A run that ended with an Error (the JVM going down) stops the
     * runner as a kill would.
     */
    private void settle(List<String> problems) throws InterruptedException {
        for (Map.Entry<Bound<?>, Deque<Batch>> e : unsaved.entrySet()) {
            Deque<Batch> q = e.getValue();
            while (!q.isEmpty() && q.peekFirst().done()) {
                Batch batch = q.pollFirst();
                boolean contested = false;
                for (Future<RunRecord> f : batch.runs) {
                    try {
                        if (f.get() == null) {
                            contested = true;
                        }
                    } catch (java.util.concurrent.CancellationException x) {
                        contested = true; // never ran: the runner is stopping
                    } catch (ExecutionException x) {
                        if (x.getCause() instanceof Error err) {
                            stopAll();
                            throw err;
                        }
                        contested = true; // not recorded: read the mail again
                        problems.add("a run failed unexpectedly: " + x.getCause());
                    }
                }
                if (contested) {
                    // Another runner is still running some of this mail (or a run could not be
                    // recorded): keep the cursor, and read from it again, so that what was not
                    // recorded here comes back (what finished meanwhile is then skipped).
                    q.clear();
                    position.remove(e.getKey());
                    break;
                }
                try {
                    e.getKey().cursor().save(batch.cursor);
                } catch (IOException x) {
                    problems.add(e.getKey().source().describe() + ": cannot save the cursor: " + x.getMessage());
                }
            }
        }
        for (String p; (p = runProblems.poll()) != null; ) {
            problems.add(p);
        }
    }

    /** A poll whose cursor is saved once all its runs are recorded. */
    private record Batch(String cursor, List<Future<RunRecord>> runs) {
        boolean done() {
            return runs.stream().allMatch(Future::isDone);
        }
    }

    private <C> int poll(Bound<C> b, List<String> problems) throws IOException, InterruptedException {
        Source<C> source = b.source();
        C cursor;
        @SuppressWarnings("unchecked")
        C ahead = (C) position.get(b);
        if (ahead != null) {
            cursor = ahead;
        } else {
            String saved = b.cursor().load();
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
        }
        Poll<C> poll = source.poll(cursor);
        events.polled(source.describe(), poll.arrivals().size());
        SeriesReader reader = SeriesReader.withDefaults();
        Intake intake = new Intake();
        HeldMail held = new HeldMail(b.held());
        for (HeldMail.Held h : held.all()) {
            add(intake, reader.readOne(h.raw()), SeriesOrigin.mail(source.describe()).withArchive(b.archive()), problems);
        }
        RetryMail retries = retryMail(b);
        for (RetryMail.Kept k : retries.all(problems)) {
            for (byte[] m : k.raw()) {
                add(intake, reader.readOne(m), k.origin(), problems);
            }
        }
        for (Arrival a : poll.arrivals()) {
            add(intake, reader.read(a.mail(), source.describe() + " " + a.key()),
                    origin(source.describe(), a).withArchive(b.archive()), problems);
        }
        List<Series> all = intake.series();
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
                    Optional<byte[]> raw = intake.raw(id);
                    if (raw.isPresent()) {
                        held.hold(id, raw.get(), clock.instant());
                    }
                }
                events.skipped(label(s), "incomplete: holding it until patches " + s.missing() + " arrive");
            }
        }
        List<Future<RunRecord>> started = schedule(ready, all, intake, retries);
        String next = CursorJson.write(poll.cursor());
        position.put(b, poll.cursor());
        Deque<Batch> q = unsaved.computeIfAbsent(b, k -> new ArrayDeque<>());
        q.addLast(new Batch(next, started));
        return poll.arrivals().size();
    }

    /**
     * Supersedes what a newer version makes stale — versions of this poll, and versions queued or
     * running from earlier polls — and queues the rest.
     */
    private List<Future<RunRecord>> schedule(List<Series> ready, List<Series> all, Intake intake, RetryMail retries)
            throws IOException {
        List<Series> known = new ArrayList<>(all);
        for (Active a : active.values()) {
            if (all.stream().noneMatch(s -> s.id().equals(a.series.id()))) {
                known.add(a.series);
            }
        }
        Map<SeriesId, Series> supersededBy = new HashMap<>();
        for (Lineage l : new LineageLinker().link(known)) {
            for (Series s : l.versions()) {
                l.supersededBy(s.id()).flatMap(newer -> l.versions().stream().filter(v -> v.id().equals(newer)).findFirst())
                        .ifPresent(newer -> supersededBy.put(s.id(), newer));
            }
        }
        for (Active a : List.copyOf(active.values())) {
            Series newer = supersededBy.get(a.series.id());
            if (newer != null) {
                supersede(a, "superseded by " + label(newer));
            }
        }
        List<Future<RunRecord>> started = new ArrayList<>();
        for (Series s : ready) {
            String label = label(s);
            if (active.containsKey(key(s))) {
                continue; // already queued or running here; its own poll's cursor waits for it
            }
            Optional<RunRecord> record = ledger.get(s.id().messageId(), s.version());
            boolean retrying = record.isPresent() && record.get().retrying();
            if (retrying && !supersededBy.containsKey(s.id()) && !record.get().retryDue(clock.instant())) {
                continue; // its kept mail comes with every poll; said once, when it failed
            }
            if (record.isPresent() && record.get().status().finished() && !retrying) {
                events.skipped(label, "already " + record.get().status().name().toLowerCase());
                retries.release(s.id().messageId(), s.version()); // another runner ended it meanwhile
                continue;
            }
            RunRecord r = record.orElse(RunRecord.queued(s.id().messageId(), s.version(), s.subject(), clock.instant()));
            if (supersededBy.containsKey(s.id())) {
                r = r.with(RunStatus.SUPERSEDED, "superseded by " + supersededBy.get(s.id()).id(), clock.instant());
                ledger.put(r);
                recorded.add(r);
                retries.release(s.id().messageId(), s.version());
                events.skipped(label, r.outcome());
                continue;
            }
            if (record.isEmpty()) {
                // Only a new record: an existing one may be another runner's, newer than what was read.
                ledger.put(r);
            }
            // the series it may share companions with: superseded versions claim none
            List<Series> neighbours = all.stream().filter(x -> !supersededBy.containsKey(x.id())).toList();
            Active a = new Active(s, intake, neighbours, retries);
            active.put(key(s), a);
            try {
                a.future = pool.submit(() -> runOne(a));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                active.remove(key(s));
                throw new IOException("the runner is stopping", e);
            }
            started.add(a.future);
        }
        return started;
    }

    private static String key(Series s) {
        return s.id().messageId() + "\n" + s.version();
    }

    /** Where one version queued or running in this runner is. */
    private enum Phase { QUEUED, RUNNING, CANCELLED, ENDED }

    /** A version queued or running in this runner. */
    private static final class Active {
        final Series series;
        final SeriesOrigin origin;
        /** The poll's mail: the series' recipients, and its messages as received, kept for a retry should the run break. */
        final Intake intake;
        final List<Series> neighbours;
        final RetryMail retries;
        volatile Future<RunRecord> future;
        /** Guarded by this. */
        Phase phase = Phase.QUEUED;
        /** Guarded by this. */
        Thread thread;
        /** Why it is being stopped; guarded by this. */
        String stopReason;

        Active(Series series, Intake intake, List<Series> neighbours, RetryMail retries) {
            this.series = series;
            this.origin = intake.origin(series);
            this.intake = intake;
            this.neighbours = neighbours;
            this.retries = retries;
        }
    }

    /** Cancels a queued version or stops a running one, because a newer version arrived. */
    private void supersede(Active a, String why) throws IOException {
        synchronized (a) {
            if (a.stopReason != null || a.phase == Phase.ENDED) {
                return;
            }
            a.stopReason = why;
            if (a.phase == Phase.RUNNING) {
                a.thread.interrupt(); // the run records itself stopped when it notices
                return;
            }
            a.phase = Phase.CANCELLED;
        }
        RunRecord r = ledger.get(a.series.id().messageId(), a.series.version())
                .orElse(RunRecord.queued(a.series.id().messageId(), a.series.version(), a.series.subject(), clock.instant()))
                .with(RunStatus.SUPERSEDED, "cancelled while queued: " + why, clock.instant());
        ledger.put(r);
        recorded.add(r);
        a.retries.release(a.series.id().messageId(), a.series.version());
        events.skipped(label(a.series), r.outcome());
    }

    /** What {@link #runOne} returns for a version another runner finished meanwhile, or this one cancelled. */
    private static final RunRecord NOT_RUN = new RunRecord("", 0, "", RunStatus.DONE, 0, "", "");

    /** Runs one version under its claim; null when another runner holds the claim. */
    private @Nullable RunRecord runOne(Active a) throws IOException, InterruptedException {
        Series s = a.series;
        try {
            synchronized (a) {
                if (a.phase == Phase.CANCELLED) {
                    return NOT_RUN;
                }
                a.phase = Phase.RUNNING;
                a.thread = Thread.currentThread();
            }
            Optional<RunLedger.Claim> claim = ledger.claim(s.id().messageId(), s.version());
            if (claim.isEmpty()) {
                events.skipped(label(s), "being run by another runner");
                return null;
            }
            try (RunLedger.Claim held = claim.get()) {
                Optional<RunRecord> known = ledger.get(s.id().messageId(), s.version());
                if (known.isPresent() && known.get().status().finished() && !known.get().retryDue(clock.instant())) {
                    if (!known.get().retrying()) {
                        events.skipped(label(s), "already " + known.get().status().name().toLowerCase());
                    }
                    return NOT_RUN;
                }
                return runClaimed(a);
            }
        } catch (Error e) {
            // The JVM is going down: stop the other runs and record nothing more, as a kill would.
            stopAll();
            throw e;
        } finally {
            synchronized (a) {
                a.phase = Phase.ENDED;
                a.thread = null;
            }
            Thread.interrupted(); // no stop can come any more; a late one must not reach the pool's next task
            active.remove(key(s), a);
        }
    }

    private RunRecord runClaimed(Active a) throws IOException, InterruptedException {
        Series s = a.series;
        String label = label(s);
        RunRecord r = ledger.get(s.id().messageId(), s.version())
                .orElse(RunRecord.queued(s.id().messageId(), s.version(), s.subject(), clock.instant()))
                .with(RunStatus.RUNNING, "", clock.instant());
        ledger.put(r);
        events.started(label);
        events.step(label, "fetching");
        resultsOut.take(label); // from an earlier attempt
        try {
            if (stopReason(a) != null) {
                throw new InterruptedException("superseded before it started");
            }
            Run run = job.call(s, a.origin, a.intake::recipients, a.neighbours);
            resultsOut.take(label);
            r = r.with(RunStatus.DONE, run.state().apiName() + ": " + run.plan().summary(), clock.instant());
        } catch (InterruptedException | IOException | RuntimeException e) {
            boolean stopped = e instanceof InterruptedException || Thread.currentThread().isInterrupted() || interruption(e);
            if (!dying.get() && stopped && stopReason(a) != null) {
                return recordStopped(a, r);
            }
            if (dying.get() || stopped) {
                // Stopped, not failed: the record stays RUNNING, so a restart runs it again.
                throw new InterruptedException("run of " + label + " stopped: " + e);
            }
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            if (resultsOut.take(label)) {
                // Its results began to go out: run again, it would report twice. Done, with the
                // reporter's failure named as a problem (what that reporter did not send is lost).
                runProblems.add(label + ": reporting failed: " + why);
                events.problem(label, "reporting failed: " + why);
                r = r.with(RunStatus.DONE, "reported, but a reporter failed: " + why, clock.instant());
            } else {
                r = failed(a, r, why);
            }
        }
        if (r.status() != RunStatus.ERROR || !r.retrying()) {
            try {
                a.retries.release(s.id().messageId(), s.version()); // ended for good: its kept mail is no longer needed
            } catch (IOException e) {
                runProblems.add(label + ": the mail kept for its retry could not be removed: " + e.getMessage());
            }
        }
        // A run that finished (its reports went out) is recorded even while the runner stops: run
        // again after a restart, it would report twice.
        ledger.put(r);
        recorded.add(r);
        events.finished(label, r);
        return r;
    }

    /**
     * Records a broken run as an error, to be tried again after its wait while attempts remain (its
     * mail kept for then), or for good after the last one.
     */
    private RunRecord failed(Active a, RunRecord running, String why) {
        java.time.Instant now = clock.instant();
        Optional<java.time.Instant> next = retry.next(running.attempts(), now);
        if (next.isPresent()) {
            Series s = a.series;
            List<byte[]> mail = new ArrayList<>();
            for (String id : messageIds(s)) {
                a.intake.raw(id).ifPresent(mail::add);
            }
            try {
                if (mail.size() < messageIds(s).size()) {
                    throw new IOException("not all of its messages are at hand");
                }
                a.retries.keep(s.id().messageId(), s.version(), mail, a.origin);
                return running.with(RunStatus.ERROR, why + " (attempt " + running.attempts() + " of " + retry.maxAttempts()
                        + "; tried again from " + next.get() + ")", now).retryingAt(next.get());
            } catch (IOException e) {
                // Without its mail a retry cannot happen: the error is final, and says why.
                return running.with(RunStatus.ERROR, why + " (not retried: keeping its mail failed: " + e.getMessage() + ")", now);
            }
        }
        return running.with(RunStatus.ERROR, retry.maxAttempts() == 1 ? why
                : why + " (gave up after " + running.attempts() + " attempts)", now);
    }

    /** Where the mail of a source's broken runs waits for their retry. */
    private static RetryMail retryMail(Bound<?> b) {
        return new RetryMail(b.held().resolve("retry"));
    }

    private static String stopReason(Active a) {
        synchronized (a) {
            return a.stopReason;
        }
    }

    /** A run stopped for a newer version: recorded as superseded; its pending checks settled once. */
    private RunRecord recordStopped(Active a, RunRecord running) throws IOException, InterruptedException {
        synchronized (a) {
            a.phase = Phase.ENDED; // no further interrupt: the cleanup below must run
        }
        Thread.interrupted();
        String why = stopReason(a);
        RunRecord r = running.with(RunStatus.SUPERSEDED, "stopped while running: " + why, clock.instant());
        ledger.put(r);
        recorded.add(r);
        events.finished(label(a.series), r);
        try {
            job.stopped(a.series, a.origin, why);
        } catch (IOException | RuntimeException e) {
            runProblems.add(label(a.series) + ": settling its pending checks failed: " + e.getMessage());
        }
        return r;
    }

    /** Adds one read to the poll's mail (a newer delivery of a held message wins); its errors become problems. */
    private static void add(Intake intake, SeriesReader.Read read, SeriesOrigin origin, List<String> problems) {
        for (MailError e : read.errors()) {
            problems.add(e.toString());
        }
        intake.add(read, origin);
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
                ids, Map.of(), Optional.empty());
    }
}
