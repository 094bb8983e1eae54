package io.jenkins.plugins.patchworkci.report;

import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.CheckState;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reports a run's checks to Patchwork, one check per (patch, context), with these rules:
 * <ul>
 *   <li>{@link #started} posts {@code pending} for every expected check on every patch, so
 *       maintainers see at once that the series is being tested;</li>
 *   <li>{@link #finished} posts every final state; series verdicts go on every patch (Patchwork
 *       has per-patch checks only); an expected check with no verdict becomes {@code warning}
 *       "not run" when the series did not apply, else {@code fail} "no result"; nothing is left
 *       {@code pending};</li>
 *   <li>a final state (success, warning, fail) is never replaced by {@code pending};</li>
 *   <li>a post whose state, description and URL equal what the ledger says was posted is skipped;</li>
 *   <li>each check is posted exactly once, across kills, restarts and lost answers: the ledger
 *       holds an intent before the request and the confirmation after it; when it holds an intent
 *       for a patch (it cannot tell whether Patchwork has the check), the patch's checks are read
 *       once and a post Patchwork already shows as the newest of its context is not sent again;
 *       posts are never retried blindly;</li>
 *   <li>{@link #expire} turns a {@code pending} older than the limit into {@code fail}, saying it
 *       timed out;</li>
 *   <li>after Patchwork refuses a post for permission, the rest of that batch is not tried: the
 *       token would be refused again.</li>
 * </ul>
 * The ledger is the memory across restarts; when it knows nothing of a patch and the bot's
 * Patchwork username is configured, the patch's checks on the server seed it.
 */
public final class PatchworkReporter {

    /**
     * The reporter's settings.
     *
     * @param publicBaseUrl the public URL run paths are resolved against ({@code https://ci.example.org/pwci/})
     * @param naming how contexts are named (with the tree when one user tests several trees)
     * @param pendingLimit how long a check may stay pending before it is failed as timed out
     * @param botUser the Patchwork username the token belongs to, used to seed the ledger from the
     *     server; null to trust the ledger alone
     */
    public record Settings(URI publicBaseUrl, ContextNaming naming, Duration pendingLimit,
            @Nullable String botUser) {

        public static final Duration DEFAULT_PENDING_LIMIT = Duration.ofHours(6);

        public Settings {
            Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
            String scheme = publicBaseUrl.getScheme();
            if (!"https".equals(scheme) && !"http".equals(scheme)) {
                throw new IllegalArgumentException("the public base URL must be http(s): " + publicBaseUrl);
            }
            if (!publicBaseUrl.getPath().endsWith("/")) {
                publicBaseUrl = URI.create(publicBaseUrl + "/");
            }
            Objects.requireNonNull(naming, "naming");
            if (pendingLimit.isNegative() || pendingLimit.isZero()) {
                throw new IllegalArgumentException("the pending limit must be positive: " + pendingLimit);
            }
        }
    }

    /** The points between the steps of one post, where a kill leaves a different state on disk. */
    enum Step {
        /** The ledger holds the intent; the request is not sent yet. */
        INTENT_WRITTEN,
        /** Patchwork stored the check and answered; the ledger still holds only the intent. */
        SERVER_ANSWERED,
        /** The ledger holds the confirmation. */
        CONFIRMATION_WRITTEN
    }

    /** Told of each {@link Step}; tests stop the reporter there as a kill would. */
    interface Steps {
        void reached(Step step, long patchId, CheckPost check);
    }

    private final CheckPoster poster;
    private final ExactlyOncePost once;
    private final CheckLedger ledger;
    private final Settings settings;
    private final Clock clock;
    private final java.util.Set<Long> seeded = new java.util.HashSet<>();
    private Steps steps = (step, patchId, check) -> { };

    public PatchworkReporter(CheckPoster poster, CheckLedger ledger, Settings settings,
            Clock clock) {
        this.poster = Objects.requireNonNull(poster, "poster");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.once = new ExactlyOncePost(poster, settings.botUser());
    }

    /** Calls {@code steps} at each step of every post (tests: where a kill is simulated). */
    PatchworkReporter withSteps(Steps steps) {
        this.steps = Objects.requireNonNull(steps, "steps");
        return this;
    }

    /** The public link of a patch's row in the run's page. */
    public String targetUrl(Run run, int patch) {
        return settings.publicBaseUrl().resolve(run.path()) + "#patch-" + patch;
    }

    /** Posts {@code pending} for every expected check on every patch. */
    public List<PostOutcome> started(Run run) throws InterruptedException {
        List<Planned> batch = new ArrayList<>();
        for (ReportedPatch patch : run.series().patches()) {
            for (String check : run.expectedChecks()) {
                batch.add(planned(run, patch, check, CheckState.PENDING,
                        "queued" + run.tree().map(t -> " on " + t).orElse("") + " (run " + run.id() + ")"));
            }
        }
        return post(batch);
    }

    /** Posts every verdict of a finished run, and settles expected checks that gave none. */
    public List<PostOutcome> finished(Run run) throws InterruptedException {
        List<Planned> batch = new ArrayList<>();
        for (ReportedPatch patch : run.series().patches()) {
            for (String check : run.checks()) {
                CheckResult result = run.result(patch.number(), check).orElse(null);
                if (result != null && result.state() == CheckState.PENDING) {
                    // The run is over: a check that did not conclude must not stay pending on Patchwork.
                    batch.add(planned(run, patch, check, CheckState.FAIL, "no result: " + result.description()));
                } else if (result != null) {
                    batch.add(planned(run, patch, check, result.state(), result.description()));
                } else if (run.apply() != null && !run.apply().applied()) {
                    batch.add(planned(run, patch, check, CheckState.WARNING, "not run: the series did not apply"));
                } else {
                    batch.add(planned(run, patch, check, CheckState.FAIL, "no result: the run ended without one"));
                }
            }
        }
        return post(batch);
    }

    /**
     * Settles the checks a stopped run left {@code pending} (a newer version superseded it): each
     * becomes {@code warning} saying it was not tested and why, once, so the pending state neither
     * stays forever nor is later failed as timed out. Nothing else is posted for the stopped run.
     */
    public List<PostOutcome> stopped(ReportedSeries series, String why) throws InterruptedException {
        List<Planned> batch = new ArrayList<>();
        for (ReportedPatch patch : series.patches()) {
            Long id = patch.patchworkId();
            if (id == null) {
                continue;
            }
            for (CheckLedger.Entry e : ledger.entries()) {
                if (e.patchId() == id && e.posted().state() == CheckState.PENDING) {
                    batch.add(new Planned(patch.number(), id, new CheckPost(e.posted().context(), CheckState.WARNING,
                            "not tested: stopped, " + why, e.posted().targetUrl())));
                }
            }
        }
        return post(batch);
    }

    /**
     * Finishes posts a killed or cut-off earlier attempt left unsure (each is resolved by asking
     * Patchwork, and sent if Patchwork does not have it), then fails every check the ledger shows
     * pending for longer than the limit.
     */
    public List<PostOutcome> expire() throws InterruptedException {
        List<PostOutcome> outcomes = new ArrayList<>(resume());
        outcomes.addAll(post(timedOut()));
        return outcomes;
    }

    /** The posts begun and never confirmed, posted through the usual rules (settled first). */
    private List<PostOutcome> resume() throws InterruptedException {
        List<Planned> batch = new ArrayList<>();
        for (CheckLedger.Entry e : ledger.entries()) {
            if (e.intent()) {
                batch.add(new Planned(0, e.patchId(), e.posted()));
            }
        }
        return post(batch);
    }

    private List<Planned> timedOut() {
        Instant now = clock.instant();
        List<Planned> batch = new ArrayList<>();
        for (CheckLedger.Entry e : ledger.entries()) {
            if (e.posted().state() == CheckState.PENDING
                    && Duration.between(e.since(), now).compareTo(settings.pendingLimit()) > 0) {
                CheckPost fail = new CheckPost(e.posted().context(), CheckState.FAIL,
                        "timed out: no result within " + human(settings.pendingLimit()) + " (pending since "
                                + e.since() + ")", e.posted().targetUrl());
                batch.add(new Planned(0, e.patchId(), fail));
            }
        }
        return batch;
    }

    private Planned planned(Run run, ReportedPatch patch, String check, CheckState state, String description) {
        String context = settings.naming().context(check, run.tree().orElse(null));
        Long id = patch.patchworkId();
        return new Planned(patch.number(), id == null ? 0 : id,
                new CheckPost(context, state, description, targetUrl(run, patch.number())));
    }

    private record Planned(int patch, long patchId, CheckPost check) {}

    /**
     * One batch at a time (runs report from several threads): between a request and its answer the
     * ledger holds an intent that another batch's {@link #settle} or {@link #resume} must not
     * resolve behind the request's back.
     */
    private synchronized List<PostOutcome> post(List<Planned> batch) throws InterruptedException {
        List<PostOutcome> outcomes = new ArrayList<>();
        String refusedForPermission = null;
        for (Planned p : batch) {
            if (p.patchId() == 0) {
                outcomes.add(outcome(p, PostOutcome.Action.NOT_IN_PATCHWORK, "the patch has no Patchwork id"));
                continue;
            }
            if (refusedForPermission != null) {
                outcomes.add(outcome(p, PostOutcome.Action.FAILED, "not tried: " + refusedForPermission));
                continue;
            }
            try {
                seed(p.patchId());
                try {
                    settle(p.patchId());
                } catch (CheckPostException e) {
                    throw e;
                } catch (IOException e) {
                    outcomes.add(outcome(p, PostOutcome.Action.FAILED, "not posted: an earlier post on this patch may"
                            + " have reached Patchwork, and its checks cannot be read to tell (" + e.getMessage() + ")"));
                    continue;
                }
                CheckLedger.Entry before = ledger.get(p.patchId(), p.check().context());
                if (before != null && before.posted().sameAs(p.check())) {
                    outcomes.add(outcome(p, PostOutcome.Action.UNCHANGED, ""));
                    continue;
                }
                if (before != null && before.posted().state().isFinal() && !p.check().state().isFinal()) {
                    outcomes.add(outcome(p, PostOutcome.Action.KEPT_FINAL,
                            "Patchwork already shows " + before.posted().state().apiName()));
                    continue;
                }
                outcomes.add(send(p));
            } catch (CheckPostException e) {
                outcomes.add(outcome(p, PostOutcome.Action.FAILED, e.getMessage()));
                if (e.isPermission()) {
                    refusedForPermission = e.getMessage();
                }
            } catch (IOException e) {
                outcomes.add(outcome(p, PostOutcome.Action.FAILED, e.getMessage()));
            }
        }
        return outcomes;
    }

    /**
     * Posts one check, exactly once, through {@link ExactlyOncePost} (the path the Jenkins plugin's
     * posts take too), writing each step in the ledger: the intent is on disk before each request
     * and the confirmation after the answer, so a kill anywhere leaves an intent that
     * {@link #settle} resolves by asking Patchwork. An answer lost after sending is resolved by
     * {@link ExactlyOncePost} at once, and what it read settles the ledger as well.
     */
    private PostOutcome send(Planned p) throws IOException, InterruptedException {
        String how = once.post(p.patchId(), p.check(), new ExactlyOncePost.Journal() {
            /** What stood before this request, to put back when Patchwork refuses it. */
            private CheckLedger.Entry before;

            @Override
            public void sending(long patchId, CheckPost check) throws IOException {
                before = ledger.get(patchId, check.context());
                ledger.begin(patchId, check, clock.instant());
                steps.reached(Step.INTENT_WRITTEN, patchId, check);
            }

            @Override
            public void stored(long patchId, CheckPost check) throws IOException {
                steps.reached(Step.SERVER_ANSWERED, patchId, check);
                ledger.record(patchId, check, clock.instant());
                steps.reached(Step.CONFIRMATION_WRITTEN, patchId, check);
            }

            @Override
            public void refused(long patchId, CheckPost check) throws IOException {
                ledger.restore(patchId, check.context(), before);
            }

            @Override
            public void read(long patchId, List<PostedCheck> onServer) throws IOException {
                resolve(patchId, onServer);
            }
        });
        return outcome(p, PostOutcome.Action.POSTED, how);
    }

    /**
     * When the ledger is unsure about a patch (a post was begun and never confirmed), reads the
     * patch's checks once and writes down what Patchwork holds ({@link #resolve}). One list request
     * per unsure patch; none otherwise.
     */
    private void settle(long patchId) throws IOException, InterruptedException {
        if (ledger.unsure(patchId)) {
            resolve(patchId, poster.list(patchId));
        }
    }

    /**
     * Writes down, for each begun post on the patch, what Patchwork holds: the begun post when the
     * check Patchwork shows for its context has its state and description, else that check, else
     * nothing.
     */
    private void resolve(long patchId, List<PostedCheck> onServer) throws IOException {
        for (CheckLedger.Entry e : ledger.entries()) {
            if (e.patchId() != patchId || !e.intent()) {
                continue;
            }
            PostedCheck shown = once.shown(onServer, e.posted().context());
            if (shown == null) {
                ledger.forget(patchId, e.posted().context());
            } else if (ExactlyOncePost.shows(shown, e.posted())) {
                ledger.record(patchId, e.posted(), serverTime(shown.date()));
            } else {
                ledger.record(patchId, shown.check(), serverTime(shown.date()));
            }
        }
    }

    /** A patch the ledger has never seen: take what this bot already posted from the server. */
    private void seed(long patchId) throws IOException, InterruptedException {
        if (settings.botUser() == null || seeded.contains(patchId) || ledger.knows(patchId)) {
            return;
        }
        seeded.add(patchId);
        List<PostedCheck> existing;
        try {
            existing = poster.list(patchId);
        } catch (CheckPostException e) {
            throw e;
        } catch (IOException e) {
            // Seeding only saves reposts; a list that cannot be read must not stop the posts themselves.
            return;
        }
        for (PostedCheck c : existing) {
            if (settings.botUser().equals(c.user())) {
                // The list is oldest first: the last one per context is what Patchwork shows.
                ledger.record(patchId, c.check(), serverTime(c.date()));
            }
        }
    }

    /** Patchwork writes UTC times without a zone ({@code 2026-11-25T00:41:04.612468}). */
    private Instant serverTime(@Nullable String date) {
        try {
            return date == null ? clock.instant() : java.time.LocalDateTime.parse(date).toInstant(java.time.ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            return clock.instant();
        }
    }

    private static PostOutcome outcome(Planned p, PostOutcome.Action action, String detail) {
        return new PostOutcome(p.patch(), p.patchId(), p.check(), action, detail);
    }

    private static String human(Duration d) {
        return d.toMinutes() % 60 == 0 ? d.toHours() + "h" : d.toMinutes() + "min";
    }
}
