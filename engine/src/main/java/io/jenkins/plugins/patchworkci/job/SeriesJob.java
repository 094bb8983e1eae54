package io.jenkins.plugins.patchworkci.job;

import io.jenkins.plugins.patchworkci.apply.AppliedSeries;
import io.jenkins.plugins.patchworkci.apply.ApplySeries;
import io.jenkins.plugins.patchworkci.apply.DirectoryTree;
import io.jenkins.plugins.patchworkci.apply.ObjectWrites;
import io.jenkins.plugins.patchworkci.apply.PatchToApply;
import io.jenkins.plugins.patchworkci.check.ApplyCheck;
import io.jenkins.plugins.patchworkci.check.ApplyOutcome;
import io.jenkins.plugins.patchworkci.check.CheckConfig;
import io.jenkins.plugins.patchworkci.check.CheckContext;
import io.jenkins.plugins.patchworkci.check.CheckRegistry;
import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.PatchUnderTest;
import io.jenkins.plugins.patchworkci.check.RunChecks;
import io.jenkins.plugins.patchworkci.check.ToolLauncher;
import io.jenkins.plugins.patchworkci.job.CommandRunner;
import io.jenkins.plugins.patchworkci.job.LibbpfPart;
import io.jenkins.plugins.patchworkci.job.SeriesFacts;
import io.jenkins.plugins.patchworkci.job.TestSuites;
import io.jenkins.plugins.patchworkci.mail.Address;
import io.jenkins.plugins.patchworkci.mail.Patch;
import io.jenkins.plugins.patchworkci.report.ApplyResult;
import io.jenkins.plugins.patchworkci.report.LogLink;
import io.jenkins.plugins.patchworkci.report.SeriesCheckResult;
import io.jenkins.plugins.patchworkci.report.StepTiming;
import io.jenkins.plugins.patchworkci.route.Plan;
import io.jenkins.plugins.patchworkci.route.Router;
import io.jenkins.plugins.patchworkci.route.RoutingConfig;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.route.TreeRole;
import io.jenkins.plugins.patchworkci.series.Series;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.jspecify.annotations.Nullable;

/**
 * One series version through the job: plan (route, with companions), apply, check out a work tree,
 * build (per series, and per patch moving the work tree commit by commit), run the test suites and
 * the checks. {@code pwci run}, {@code pwci check}, {@code pwci apply} and the Jenkins steps all take
 * this one path; what differs is where the series goes and what they ask for:
 * <ul>
 * <li>routed among configured trees ({@link #setTrees}), onto a given tree ({@link #setTree}), onto a
 * commit ({@link #setOnto}), or already checked out ({@link #setCheckedOut}: checks only);
 * <li>checks ({@link #setChecks}) or none; builds ({@link #setBuildPlans}) or none;
 * <li>the work tree made fresh and removed ({@link #setWorkTreesIn}), kept ({@link #setKeepWorkTreeAt}),
 * or none (the series is applied in the object database only).
 * </ul>
 * Given none of the four, nothing is planned or applied and the checks read the mail alone (what
 * {@code pwci check} does with an incomplete series).
 * Reports (JSON, HTML, Patchwork, mail) are the caller's: the job returns values ({@link SeriesJobResult})
 * and tells its progress ({@link JobProgress}).
 */
public final class SeriesJob {

    private final Series series;
    private Function<String, List<Address>> recipients = id -> List.of();

    // where the series goes: one of these
    private TreeAccess trees;
    private RoutingConfig routing;
    private Path maintainers;
    private List<Series> neighbours;
    private Tree givenTree;
    private Repository ontoRepo;
    private ObjectId ontoBase;
    private String ontoRef;
    private String ontoName;
    private CheckedOut checkedOut;
    private boolean stopWhenTreeMissing;

    // what to run, and in what environment
    private ToolLauncher launcher;
    private Duration timeout = Duration.ofHours(1);
    private CheckRegistry registry;
    private CheckConfig checkConfig;
    private Function<String, BuildPlan> buildPlans = t -> new BuildPlan(List.of(), List.of(), List.of());
    private boolean runBuilds = true;
    private Path reportDir;
    private JobProgress progress = JobProgress.NONE;

    // how to apply
    private boolean threeWay = true;
    private boolean rebuildPreimage;
    private boolean signOff;
    private String linkPattern;
    private PersonIdent committer;
    private Clock clock;
    private String updateRef;
    private ObjectWrites objectWrites = ObjectWrites.REPOSITORY;

    // the work tree's fate
    private Path workTreesIn;
    private Path keepWorkTreeAt;

    public SeriesJob(Series series) {
        this.series = Objects.requireNonNull(series, "series");
    }

    /** Who each message was sent to, by Message-ID (the mail model keeps only the sender). */
    public SeriesJob setRecipients(Function<String, List<Address>> byMessageId) {
        this.recipients = Objects.requireNonNull(byMessageId);
        return this;
    }

    /**
     * Route among the configured trees as {@code access} holds them.
     *
     * @param maintainersFile the configured MAINTAINERS; null reads the first kernel tree's
     */
    public SeriesJob setTrees(TreeAccess access, RoutingConfig config, @Nullable Path maintainersFile) {
        this.trees = Objects.requireNonNull(access);
        this.routing = Objects.requireNonNull(config);
        this.maintainers = maintainersFile;
        return this;
    }

    /** Other series seen with this one, where a kernel series' user-space companions may be; none: no companions. */
    public SeriesJob setNeighbours(List<Series> others) {
        this.neighbours = List.copyOf(others);
        return this;
    }

    /** Apply onto this tree's tip (or the series' base-commit), no routing. */
    public SeriesJob setTree(TreeAccess access, Tree tree) {
        this.trees = Objects.requireNonNull(access);
        this.givenTree = Objects.requireNonNull(tree);
        return this;
    }

    /**
     * Apply onto {@code base}, the commit {@code ref} names in {@code repo}: no routing and no base-commit.
     * {@code name} is what the checks call it ("Applied to ...").
     */
    public SeriesJob setOnto(Repository repo, String ref, ObjectId base, String name) {
        this.ontoRepo = Objects.requireNonNull(repo);
        this.ontoRef = Objects.requireNonNull(ref);
        this.ontoBase = base.copy();
        this.ontoName = Objects.requireNonNull(name);
        return this;
    }

    /**
     * The series is checked out already (one commit per patch onto {@code base}): nothing is applied,
     * the checks run on that work tree with the quick routing plan (for {@code tree_selection}).
     */
    public SeriesJob setCheckedOut(RoutingConfig config, Tree tree, Path workTree,
            String base, List<String> patchCommits) {
        this.routing = Objects.requireNonNull(config);
        this.checkedOut = new CheckedOut(tree, workTree, base, List.copyOf(patchCommits));
        return this;
    }

    /** A routed tree the repository does not hold stops the job ({@link MissingTreeException}), not a failed apply. */
    public SeriesJob setStopWhenTreeMissing(boolean stop) {
        this.stopWhenTreeMissing = stop;
        return this;
    }

    /** The one build environment: builds, test suites and checks start the patched tree's programs through it. */
    public SeriesJob setLauncher(ToolLauncher value, Duration commandTimeout) {
        this.launcher = Objects.requireNonNull(value);
        this.timeout = Objects.requireNonNull(commandTimeout);
        return this;
    }

    /** Run these checks; {@code config} is completed with the build plan ({@link JobChecks#config}). None: no checks. */
    public SeriesJob setChecks(CheckRegistry checks, CheckConfig config) {
        this.registry = Objects.requireNonNull(checks);
        this.checkConfig = Objects.requireNonNull(config);
        return this;
    }

    /** What to build and test, by the name of the tree the series goes to ("" when none); built with the {@link #setLauncher launcher}. */
    public SeriesJob setBuildPlans(Function<String, BuildPlan> byTree) {
        this.buildPlans = Objects.requireNonNull(byTree);
        return this;
    }

    /** False: the build plan only tells the checks its build command ({@code pwci check} builds nothing). */
    public SeriesJob setRunBuilds(boolean run) {
        this.runBuilds = run;
        return this;
    }

    /** Where the build and test logs go ({@code logs/}), as the report links them. */
    public SeriesJob setReportDir(Path dir) {
        this.reportDir = Objects.requireNonNull(dir);
        return this;
    }

    public SeriesJob setProgress(JobProgress value) {
        this.progress = Objects.requireNonNull(value);
        return this;
    }

    public SeriesJob setThreeWay(boolean value) {
        this.threeWay = value;
        return this;
    }

    public SeriesJob setRebuildPreimage(boolean value) {
        this.rebuildPreimage = value;
        return this;
    }

    public SeriesJob setSignOff(boolean value) {
        this.signOff = value;
        return this;
    }

    public SeriesJob setLinkPattern(@Nullable String value) {
        this.linkPattern = value;
        return this;
    }

    /** Who commits; with a {@link #setClock clock}, at the clock's time of applying. */
    public SeriesJob setCommitter(@Nullable PersonIdent who) {
        this.committer = who;
        return this;
    }

    public SeriesJob setClock(Clock value) {
        this.clock = Objects.requireNonNull(value);
        return this;
    }

    /** The ref to point at the last commit when the series applies. */
    public SeriesJob setUpdateRef(@Nullable String ref) {
        this.updateRef = ref;
        return this;
    }

    /** Where applying writes its objects: the repository's own inserter, unless a test fills the disk. */
    public SeriesJob setObjectWrites(ObjectWrites writes) {
        this.objectWrites = Objects.requireNonNull(writes);
        return this;
    }

    /**
     * Check the series out in a fresh work tree in {@code dir} (a new name per attempt; what an earlier,
     * killed attempt left there is removed first) and remove it when the job ends.
     */
    public SeriesJob setWorkTreesIn(Path dir) {
        this.workTreesIn = Objects.requireNonNull(dir);
        return this;
    }

    /** Check the series out at {@code dir}, replacing what is there, and leave it there. */
    public SeriesJob setKeepWorkTreeAt(Path dir) {
        this.keepWorkTreeAt = Objects.requireNonNull(dir);
        return this;
    }

    public SeriesJobResult call() throws IOException, InterruptedException {
        // nowhere to go (an incomplete series): the checks read the mail alone
        boolean planned = trees != null || ontoRepo != null || checkedOut != null;
        if (registry != null && launcher == null) {
            throw new IllegalStateException("checks need the build environment's launcher");
        }
        Run run = new Run();
        List<PatchToApply> patches = SeriesFacts.patchesToApply(series);
        Plan plan = null;
        if (planned) {
            long t = System.nanoTime();
            plan = plan(patches);
            run.steps.add(new StepTiming("plan", millis(t)));
        }
        Tree tree = plan == null ? null : plan.tree().orElse(null);
        BuildPlan build = buildPlans.apply(tree == null ? "" : tree.name());
        CheckConfig checks = registry == null ? null : JobChecks.config(checkConfig, build);
        if (plan != null) {
            BuildPlan announced = runBuilds ? build : new BuildPlan(List.of(), List.of(), List.of());
            progress.planned(plan, registry == null ? List.of() : JobChecks.expected(registry, checks, announced, plan));
        }
        CheckContext.Builder ctx = context(plan, tree);
        try {
            AppliedSeries applied = plan == null ? null : apply(plan, tree, patches, ctx, run);
            checkOut(tree, applied, build, run, ctx);
            patchesUnderTest(applied, ctx);
            if (plan != null && neighbours != null) {
                checkLibbpfParts(plan, patches, run);
            }
            run.results = new ArrayList<>(check(checks, ctx, run));
            run.results.addAll(run.buildResults);
            if (applied != null && applied.needsRebase()) {
                markAtBaseCommit(applied, run);
            }
            Optional<ApplyResult> report = Optional.empty();
            if (applied != null && tree != null) {
                report = Optional.of(ApplyReports.result(applied, series.metadata().baseCommit(), trees, tree, threeWay,
                        rebuildPreimage));
            }
            Optional<Path> kept = Optional.ofNullable(run.workTree).filter(w -> w.kept).map(WorkTree::dir);
            return new SeriesJobResult(Optional.ofNullable(plan), Optional.ofNullable(applied), report, run.results,
                    run.seriesResults, run.logs, run.steps, kept);
        } finally {
            if (run.workTree != null && !run.workTree.kept) {
                run.workTree.remove();
            }
        }
    }

    /** The plan: routed, onto the given tree or commit, or the quick plan of a series checked out already. */
    private Plan plan(List<PatchToApply> patches) throws IOException, InterruptedException {
        if (checkedOut != null) {
            return new Router(routing.trees(), null).quick(SeriesFacts.routingInput(series));
        }
        if (ontoRepo != null) {
            return PlanStep.onto(series, ontoBase.name(), ontoRef);
        }
        if (givenTree != null) {
            return PlanStep.given(series, givenTree, trees);
        }
        return new PlanStep(routing, trees, maintainers).route(series, patches,
                neighbours == null ? List.of() : neighbours);
    }

    /** The checks' context so far: the series, the tree it is for, the plan. */
    private CheckContext.Builder context(Plan plan, Tree tree) {
        Tree named = checkedOut != null ? checkedOut.tree() : tree;
        String name = named != null ? named.name() : ontoRepo != null ? ontoName : "none";
        CheckContext.Builder ctx = CheckContext.builder(series.subject(), name,
                named != null ? named.role() : TreeRole.STANDALONE);
        series.prefixWords().stream().filter(w -> named != null && named.taggedBy(w))
                .findFirst().ifPresent(ctx::treeTag);
        ctx.coverLetter(series.coverLetter().isPresent()).pullRequest(series.isPullRequest());
        // routing's plan, for tree_selection; a commit the user named was no routing
        if (plan != null && ontoRepo == null) {
            ctx.plan(plan);
        }
        if (launcher != null) {
            // Checks run the patched tree's scripts and Makefile: confined as the build commands are.
            ctx.launcher(launcher);
        }
        return ctx;
    }

    /** Applies onto the plan's base, and tells the apply check; null when there is nothing to apply onto. */
    private AppliedSeries apply(Plan plan, Tree tree, List<PatchToApply> patches, CheckContext.Builder ctx, Run run)
            throws IOException, InterruptedException {
        if (checkedOut != null) {
            return null;
        }
        if (tree != null && plan.base().isEmpty()) {
            if (stopWhenTreeMissing) {
                throw new MissingTreeException(plan);
            }
            ctx.apply(ApplyOutcome.failed(1, "not applied: " + tree.name() + " has no branch " + tree.branch(), ""));
            return null;
        }
        if (plan.base().isEmpty() || tree == null && ontoRepo == null) {
            return null;
        }
        String name = tree != null ? tree.name() : ontoName;
        long t = System.nanoTime();
        AppliedSeries applied;
        try {
            ApplySeries apply = new ApplySeries(tree != null ? trees.repository(tree) : ontoRepo)
                    .setTip(ObjectId.fromString(plan.base().get()))
                    .setPatches(patches).setThreeWay(threeWay).setRebuildPreimage(rebuildPreimage).setSignOff(signOff)
                    .setLinkPattern(linkPattern).setUpdateRef(updateRef).setObjectWrites(objectWrites)
                    .setCommitter(committer != null && clock != null ? new PersonIdent(committer, clock.instant()) : committer);
            if (clock != null) {
                apply.setClock(clock);
            }
            if (tree != null) {
                // a commit the user named is where they want it; a tree's series may say where it belongs
                apply.setBaseCommit(series.metadata().baseCommit().orElse(null));
            }
            applied = apply.call();
        } catch (InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            // The job's own error (a full disk): say which series and tree, and do not report it.
            throw new IOException("applying [v" + series.version() + "] " + series.subject() + " to "
                    + name + ": " + e.getMessage(), e);
        }
        run.steps.add(new StepTiming("apply", millis(t)));
        ctx.apply(ApplyReports.outcome(applied, name));
        return applied;
    }

    /** The work tree the checks (and builds) read: the given checkout, else the applied series checked out. */
    private void checkOut(Tree tree, AppliedSeries applied, BuildPlan build, Run run, CheckContext.Builder ctx)
            throws IOException, InterruptedException {
        if (keepWorkTreeAt != null && applied != null) {
            // an earlier build's checkout never stays behind to be built as if it were this one's
            DirectoryTree.deleteIfExists(keepWorkTreeAt);
        }
        if (checkedOut != null) {
            ctx.apply(ApplyOutcome.applied("checkout", "applied by patchworkCheckout onto " + checkedOut.base()))
                    .workTree(checkedOut.workTree(), checkedOut.base());
        } else if (applied != null && applied.applied() && (workTreesIn != null || keepWorkTreeAt != null)) {
            run.workTree = checkOut(tree, applied);
            stopPoint();
            ctx.workTree(run.workTree.dir(), applied.base().name());
            if (runBuilds && launcher != null) {
                buildAndTest(build, applied, run, ctx);
            }
        }
    }

    /** The libbpf part of a kernel series, applied to libbpf: a whole-series result. */
    private void checkLibbpfParts(Plan plan, List<PatchToApply> patches, Run run) throws IOException {
        for (Plan companion : plan.companions()) {
            if (LibbpfPart.isPlan(companion)) {
                run.seriesResults.add(LibbpfPart.check(companion, trees, LibbpfPart.map(patches)));
            }
        }
    }

    /** The checks, when asked for: their per-patch results. */
    private List<CheckResult> check(CheckConfig checks, CheckContext.Builder ctx, Run run)
            throws IOException, InterruptedException {
        if (registry == null) {
            return List.of();
        }
        progress.step("checking");
        long t = System.nanoTime();
        List<CheckResult> results = new RunChecks(registry, checks).call(ctx.build());
        run.steps.add(new StepTiming("checks", millis(t)));
        return results;
    }

    /** Checks the applied series out: kept where asked, else fresh in the work trees' directory. */
    private WorkTree checkOut(Tree tree, AppliedSeries applied) throws IOException, InterruptedException {
        WorkTrees repo = tree != null ? WorkTrees.of(trees, tree) : WorkTrees.git(ontoRepo);
        if (keepWorkTreeAt != null) {
            // the cleared directory may still be registered in the repository from an earlier build
            repo.prune();
            repo.add(applied.head(), keepWorkTreeAt);
            return new WorkTree(repo, keepWorkTreeAt, true);
        }
        removeOldWorkTrees(repo);
        // A fresh name per attempt: a killed run may have left its tree registered in the repository.
        Path dir = workTreesIn.resolve("tree-" + Long.toString((clock != null ? clock : Clock.systemUTC()).millis(), 36));
        repo.add(applied.head(), dir);
        return new WorkTree(repo, dir, false);
    }

    /** Work trees a stopped or killed earlier attempt left behind. */
    private void removeOldWorkTrees(WorkTrees repo) throws IOException, InterruptedException {
        Files.createDirectories(workTreesIn);
        try (var s = Files.list(workTreesIn)) {
            for (Path old : s.filter(p -> p.getFileName().toString().startsWith("tree-")).toList()) {
                try {
                    repo.remove(old);
                } catch (IOException e) {
                    DirectoryTree.deleteIfExists(old);
                }
            }
        }
    }

    /** The build commands, then the test suites (their runs go to the checks as the test check's input). */
    private void buildAndTest(BuildPlan build, AppliedSeries applied, Run run, CheckContext.Builder ctx)
            throws IOException, InterruptedException {
        CommandRunner commands = new CommandRunner(launcher, timeout);
        Path dir = run.workTree.dir();
        long t = System.nanoTime();
        new BuildStep(commands, progress, reportDir).run(build, applied, dir, run.buildResults, run.seriesResults, run.logs);
        run.steps.add(new StepTiming("build", millis(t)));
        stopPoint();
        if (!build.tests().isEmpty()) {
            progress.step("testing");
            t = System.nanoTime();
            new TestSuites(commands).run(build.tests(), dir, applied.base(), applied.head(), reportDir.resolve("logs"),
                    reportDir, run.logs).forEach(ctx::testRun);
            run.steps.add(new StepTiming("tests", millis(t)));
        }
    }

    /** Each patch, its recipients and the commit it became (none when the series did not apply). */
    private void patchesUnderTest(AppliedSeries applied, CheckContext.Builder ctx) {
        for (int i = 0; i < series.patches().size(); i++) {
            Patch p = series.patches().get(i);
            int n = i + 1;
            Optional<String> commit = Optional.empty();
            if (checkedOut != null) {
                commit = Optional.of(checkedOut.commits().get(i));
            } else if (applied != null && applied.applied()) {
                commit = applied.commits().stream().filter(c -> !c.prerequisite() && c.index() == n)
                        .map(c -> c.commit().name()).findFirst();
            }
            ctx.patch(PatchUnderTest.of(n, p, recipients.apply(p.message().messageId()), commit));
        }
    }

    /** Said on every verdict, wherever it is read (Patchwork, mail, page): not the tip's. */
    private static void markAtBaseCommit(AppliedSeries applied, Run run) {
        String at = "at base-commit " + applied.base().abbreviate(12).name() + ": ";
        run.results.replaceAll(r -> r.check().equals(ApplyCheck.NAME) ? r
                : new CheckResult(r.check(), r.patch(), r.state(), at + r.description(), r.details()));
        run.seriesResults.replaceAll(r -> new SeriesCheckResult(r.check(), r.state(), at + r.description(), r.details()));
    }

    /** Throws when the job's thread was interrupted: the job is being stopped. */
    public static void stopPoint() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("stopped");
        }
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** What one call gathers as it goes. */
    private static final class Run {
        final List<StepTiming> steps = new ArrayList<>();
        final List<CheckResult> buildResults = new ArrayList<>();
        final List<SeriesCheckResult> seriesResults = new ArrayList<>();
        final List<LogLink> logs = new ArrayList<>();
        List<CheckResult> results = List.of();
        WorkTree workTree;
    }

    /** A work tree the job made, and whether it stays. */
    private record WorkTree(WorkTrees repo, Path dir, boolean kept) {

        /**
         * Removes it, also when the job is being stopped: the interruption is put aside while git
         * removes it, then restored. One that cannot be removed now is removed by the next attempt.
         */
        void remove() {
            boolean interrupted = Thread.interrupted();
            try {
                repo.remove(dir);
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (IOException e) {
                try {
                    DirectoryTree.deleteIfExists(dir);
                } catch (IOException ignored) {
                    // the next attempt retries
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** A series checked out already: the tree it is for, where, onto what, one commit per patch. */
    private record CheckedOut(Tree tree, Path workTree, String base, List<String> commits) {}
}
