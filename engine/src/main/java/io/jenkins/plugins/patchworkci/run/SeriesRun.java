package io.jenkins.plugins.patchworkci.run;

import io.jenkins.plugins.patchworkci.apply.AppliedCommit;
import io.jenkins.plugins.patchworkci.apply.AppliedSeries;
import io.jenkins.plugins.patchworkci.apply.ApplyFailure;
import io.jenkins.plugins.patchworkci.apply.ApplySeries;
import io.jenkins.plugins.patchworkci.apply.DirectoryTree;
import io.jenkins.plugins.patchworkci.apply.MirrorCache;
import io.jenkins.plugins.patchworkci.apply.ObjectWrites;
import io.jenkins.plugins.patchworkci.apply.PatchToApply;
import io.jenkins.plugins.patchworkci.apply.Tier;
import io.jenkins.plugins.patchworkci.check.ApplyCheck;
import io.jenkins.plugins.patchworkci.check.ApplyOutcome;
import io.jenkins.plugins.patchworkci.check.BuildEnvironment;
import io.jenkins.plugins.patchworkci.check.CheckConfig;
import io.jenkins.plugins.patchworkci.check.CheckContext;
import io.jenkins.plugins.patchworkci.check.CheckRegistry;
import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.check.PatchUnderTest;
import io.jenkins.plugins.patchworkci.check.RunChecks;
import io.jenkins.plugins.patchworkci.check.ToolLauncher;
import io.jenkins.plugins.patchworkci.intake.SeriesOrigin;
import io.jenkins.plugins.patchworkci.mail.Address;
import io.jenkins.plugins.patchworkci.mail.Patch;
import io.jenkins.plugins.patchworkci.report.ApplyResult;
import io.jenkins.plugins.patchworkci.report.Dashboard;
import io.jenkins.plugins.patchworkci.report.HtmlReport;
import io.jenkins.plugins.patchworkci.report.LogLink;
import io.jenkins.plugins.patchworkci.report.ReportedApplyFailure;
import io.jenkins.plugins.patchworkci.report.ReportedCommit;
import io.jenkins.plugins.patchworkci.report.ReportedMessage;
import io.jenkins.plugins.patchworkci.report.ReportedPatch;
import io.jenkins.plugins.patchworkci.report.ReportedSeries;
import io.jenkins.plugins.patchworkci.report.Run;
import io.jenkins.plugins.patchworkci.report.RunJson;
import io.jenkins.plugins.patchworkci.report.SeriesCheckResult;
import io.jenkins.plugins.patchworkci.report.SeriesLinks;
import io.jenkins.plugins.patchworkci.report.StepTiming;
import io.jenkins.plugins.patchworkci.report.Timings;
import io.jenkins.plugins.patchworkci.route.Companion;
import io.jenkins.plugins.patchworkci.route.CompanionFinder;
import io.jenkins.plugins.patchworkci.route.Maintainers;
import io.jenkins.plugins.patchworkci.route.Plan;
import io.jenkins.plugins.patchworkci.route.Router;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.route.TreeKind;
import io.jenkins.plugins.patchworkci.route.TreeRole;
import io.jenkins.plugins.patchworkci.series.Series;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * One series version through the whole job: plan (route, with companions), apply onto the
 * planned base in the mirror, check out a work tree, run the build commands (per series, and per
 * patch moving one work tree forward commit by commit), run the checks, and write the JSON and
 * HTML reports; reporters post and mail around it. Each step's time is recorded.
 */
public final class SeriesRun {

    /** The check name under which the configured build commands report. */
    public static final String BUILD_CHECK = "build";

    /** The whole-series build commands' check when the build check is per patch. */
    public static final String SERIES_BUILD_CHECK = "build_series";

    private final RunConfig config;
    private final MirrorCache cache;
    private final CheckRegistry registry;
    private final List<Reporter> reporters;
    private final Clock clock;
    private final PersonIdent committer;
    private ObjectWrites objectWrites = ObjectWrites.REPOSITORY;

    public SeriesRun(RunConfig config, MirrorCache cache, CheckRegistry registry, List<Reporter> reporters, Clock clock) {
        this.config = config;
        this.cache = cache;
        this.registry = registry;
        this.reporters = List.copyOf(reporters);
        this.clock = clock;
        this.committer = new PersonIdent("patchwork-ci", "patchwork-ci@localhost");
    }

    /** Where applying writes its objects: the mirror's own inserter, unless a test fills the disk. */
    public SeriesRun withObjectWrites(ObjectWrites writes) {
        this.objectWrites = java.util.Objects.requireNonNull(writes);
        return this;
    }

    /**
     * Where a run's report lands: {@code <work>/out/<series hash>-v<version>/}, published as it is
     * (a web server may serve it), so nothing the patched code writes goes there.
     */
    public Path reportDir(Series series) {
        return config.work().resolve("out").resolve(key(series));
    }

    static String key(Series series) {
        return series.id().shortHash() + "-v" + series.version();
    }

    /**
     * Runs the job for one series version.
     *
     * @param series the series version, complete
     * @param origin where it came from (Patchwork ids and pages)
     * @param recipients who each message was sent to, by Message-ID
     * @param neighbours other series seen with it, where its user-space companions may be
     */
    public Run call(Series series, SeriesOrigin origin, Function<String, List<Address>> recipients,
            List<Series> neighbours) throws IOException, InterruptedException {
        Instant queued = clock.instant();
        List<StepTiming> steps = new ArrayList<>();
        String key = key(series);
        Path runDir = config.work().resolve("runs").resolve(key);
        Path outDir = reportDir(series);
        Files.createDirectories(outDir);
        List<PatchToApply> patches = SeriesFacts.patchesToApply(series);
        // The patched code's HOME and TMPDIR: beside the work tree, outside the published report,
        // fresh for each attempt and removed when the run ends.
        removeScratch(runDir);
        Path scratch = runDir.resolve("scratch-" + Long.toString(clock.millis(), 36));
        ToolLauncher launcher = config.sandbox().launcher(BuildEnvironment.in(scratch, config.buildEnv()),
                config.timeout());
        CommandRunner commands = new CommandRunner(launcher, config.timeout());
        try (Mirrors mirrors = new Mirrors(cache)) {
            long t = System.nanoTime();
            Plan plan = plan(series, neighbours, mirrors, patches);
            steps.add(new StepTiming("plan", millis(t)));

            RunConfig.BuildPlan buildPlan = config.build(plan.tree().map(Tree::name).orElse(""));
            CheckConfig checkConfig = checkConfig(buildPlan);
            List<String> expected = new ArrayList<>(registry.enabled(checkConfig).stream().map(c -> c.name()).toList());
            if (!buildPlan.commands().isEmpty() || !buildPlan.perPatch().isEmpty()) {
                expected.add(BUILD_CHECK);
            }
            if (!buildPlan.commands().isEmpty() && !buildPlan.perPatch().isEmpty()) {
                expected.add(SERIES_BUILD_CHECK);
            }
            buildPlan.tests().forEach(suite -> expected.add(suite.name()));
            if (plan.companions().stream().anyMatch(LibbpfPart::isPlan)) {
                expected.add(LibbpfPart.CHECK);
            }
            Run run = Run.started(key, key + "/", reported(series, origin), plan, expected,
                    new Timings(queued, clock.instant(), null, List.of()));
            for (Reporter r : reporters) {
                r.started(run);
            }

            CheckContext.Builder ctx = CheckContext.builder(series.subject(),
                    plan.tree().map(Tree::name).orElse("none"),
                    plan.tree().map(Tree::role).orElse(TreeRole.STANDALONE));
            SeriesFacts.prefixWords(series).stream()
                    .filter(w -> plan.tree().map(tr -> tr.taggedBy(w)).orElse(false))
                    .findFirst().ifPresent(ctx::treeTag);
            ctx.coverLetter(series.coverLetter().isPresent()).pullRequest(series.isPullRequest()).plan(plan);
            // Checks run the patched tree's scripts and Makefile: confined as the build commands are.
            ctx.launcher(launcher);

            List<SeriesCheckResult> seriesResults = new ArrayList<>();
            List<CheckResult> buildResults = new ArrayList<>();
            List<LogLink> logs = new ArrayList<>();
            AppliedSeries applied = null;
            Path workTree = null;
            Tree tree = plan.tree().orElse(null);
            try {
                if (tree != null && plan.base().isPresent()) {
                    t = System.nanoTime();
                    try {
                        applied = new ApplySeries(mirrors.repository(tree))
                                .setTip(ObjectId.fromString(plan.base().get()))
                                .setBaseCommit(series.metadata().baseCommit().orElse(null))
                                .setPatches(patches)
                                .setThreeWay(config.threeWay())
                                .setRebuildPreimage(config.rebuildPreimage())
                                .setSignOff(config.signOff())
                                .setLinkPattern(config.linkPattern().orElse(null))
                                .setCommitter(new PersonIdent(committer, clock.instant()))
                                .setClock(clock)
                                .setUpdateRef("refs/pwci/" + key)
                                .setObjectWrites(objectWrites)
                                .call();
                    } catch (java.io.InterruptedIOException e) {
                        throw e;
                    } catch (IOException e) {
                        // The run's own error (a full disk): say which series and tree, and do not report it.
                        throw new IOException("applying [v" + series.version() + "] " + series.subject() + " to "
                                + tree.name() + ": " + e.getMessage(), e);
                    }
                    steps.add(new StepTiming("apply", millis(t)));
                    ctx.apply(applyOutcome(applied, tree.name()));
                    if (applied.applied()) {
                        removeOldWorkTrees(tree, runDir);
                        // A fresh name per attempt: a killed run may have left its tree registered in the mirror.
                        workTree = runDir.resolve("tree-" + Long.toString(clock.millis(), 36));
                        cache.addWorkTree(tree.remote(), applied.head(), workTree);
                        stopPoint();
                        ctx.workTree(workTree, applied.base().name());
                        t = System.nanoTime();
                        build(run, commands, buildPlan, applied, workTree, outDir, buildResults, seriesResults, logs);
                        steps.add(new StepTiming("build", millis(t)));
                        stopPoint();
                        if (!buildPlan.tests().isEmpty()) {
                            step(run, "testing");
                            t = System.nanoTime();
                            new TestSuites(commands).run(buildPlan.tests(), workTree, applied.base(), applied.head(),
                                    outDir.resolve("logs"), outDir, logs).forEach(ctx::testRun);
                            steps.add(new StepTiming("tests", millis(t)));
                        }
                    }
                } else if (tree != null) {
                    ctx.apply(ApplyOutcome.failed(1, "not applied: " + tree.name() + " has no branch " + tree.branch(), ""));
                }
                for (int i = 0; i < series.patches().size(); i++) {
                    Patch p = series.patches().get(i);
                    Optional<String> commit = Optional.empty();
                    if (applied != null && applied.applied()) {
                        int n = i + 1;
                        commit = applied.commits().stream().filter(c -> !c.prerequisite() && c.index() == n)
                                .map(c -> c.commit().name()).findFirst();
                    }
                    ctx.patch(PatchUnderTest.of(i + 1, p, recipients.apply(p.message().messageId()), commit));
                }
                for (Plan companion : plan.companions()) {
                    if (LibbpfPart.isPlan(companion)) {
                        seriesResults.add(LibbpfPart.check(companion, mirrors, LibbpfPart.map(patches)));
                    }
                }
                step(run, "checking");
                t = System.nanoTime();
                List<CheckResult> results = new ArrayList<>(new RunChecks(registry, checkConfig).call(ctx.build()));
                results.addAll(buildResults);
                steps.add(new StepTiming("checks", millis(t)));
                if (applied != null && applied.needsRebase()) {
                    // Said on every verdict, wherever it is read (Patchwork, mail, page): not the tip's.
                    String at = "at base-commit " + applied.base().abbreviate(12).name() + ": ";
                    results.replaceAll(r -> r.check().equals(ApplyCheck.NAME) ? r
                            : new CheckResult(r.check(), r.patch(), r.state(), at + r.description(), r.details()));
                    seriesResults.replaceAll(r -> new SeriesCheckResult(r.check(), r.state(), at + r.description(),
                            r.details()));
                }

                run = run.withApply(applyResult(applied, series, mirrors, tree)).withResults(results, seriesResults).withLogs(logs)
                        .withTimings(new Timings(queued, run.timings().started(), clock.instant(), steps));
                // A run stopped for a newer version reports no result: the last point to stop is here.
                stopPoint();
                RunJson.write(run, outDir.resolve("run.json"));
                HtmlReport.write(run, outDir.resolve("index.html"));
                Dashboard.write(outDir.getParent(), clock);
                for (Reporter r : reporters) {
                    r.finished(run);
                }
                return run;
            } finally {
                if (workTree != null) {
                    removeWorkTree(tree, workTree);
                }
            }
        } finally {
            removeScratch(runDir);
        }
    }

    /** Throws when the run's thread was interrupted: the run is being stopped. */
    private static void stopPoint() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("stopped");
        }
    }

    /**
     * Removes a run's work tree, also when the run is being stopped: the interruption is put aside
     * while git removes it, then restored. A tree that cannot be removed now is removed by the
     * next attempt ({@link #removeOldWorkTrees}).
     */
    private void removeWorkTree(Tree tree, Path workTree) throws IOException {
        boolean interrupted = Thread.interrupted();
        try {
            cache.removeWorkTree(tree.remote(), workTree);
        } catch (InterruptedException e) {
            interrupted = true;
        } catch (IOException e) {
            try {
                DirectoryTree.deleteIfExists(workTree);
            } catch (IOException ignored) {
                // the next attempt retries
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Tells the reporters a run of {@code series} was stopped because a newer version arrived (see
     * {@link Reporter#stopped}); its work tree is already gone.
     */
    public void stopped(Series series, SeriesOrigin origin, String why) throws IOException, InterruptedException {
        ReportedSeries reported = reported(series, origin);
        for (Reporter r : reporters) {
            r.stopped(reported, why);
        }
    }

    private Plan plan(Series series, List<Series> neighbours, Mirrors mirrors, List<PatchToApply> patches)
            throws IOException, InterruptedException {
        Router router = new Router(config.routing().trees(), maintainers(mirrors));
        Plan plan = router.route(SeriesFacts.routingInput(series), mirrors, mirrors.trial(patches));
        if (plan.tree().map(t -> t.kind() != TreeKind.KERNEL).orElse(true)) {
            return plan;
        }
        List<Companion> found = new CompanionFinder(config.routing()).find(SeriesFacts.posted(series),
                neighbours.stream().map(SeriesFacts::posted).toList());
        List<Plan> companions = new ArrayList<>();
        Optional<Tree> libbpf = config.routing().tree("libbpf");
        if (libbpf.isPresent() && libbpf.get().kind() == TreeKind.USER_SPACE) {
            LibbpfPart.plan(series.subject(), libbpf.get(), mirrors, LibbpfPart.map(patches)).ifPresent(companions::add);
        }
        for (Companion c : found) {
            Series s = neighbours.stream().filter(n -> n.id().messageId().equals(c.series().id())).findFirst().orElseThrow();
            Plan p = router.route(SeriesFacts.routingInput(s), mirrors, mirrors.trial(SeriesFacts.patchesToApply(s)));
            companions.add(new Plan(c.label(), p.tree(), p.base(), p.steps(), List.of()));
        }
        return plan.withCompanions(companions);
    }

    /** The configured MAINTAINERS file, else the one at the tip of the first kernel tree. */
    private Maintainers maintainers(Mirrors mirrors) throws IOException {
        if (config.maintainers().isPresent()) {
            return Maintainers.read(config.maintainers().get());
        }
        for (Tree t : config.routing().trees()) {
            if (t.kind() == TreeKind.KERNEL) {
                return mirrors.maintainers(t).orElse(null);
            }
        }
        return null;
    }

    private CheckConfig checkConfig(RunConfig.BuildPlan plan) {
        CheckConfig c = CheckConfig.fromMap(config.checks());
        List<List<String>> build = plan.perPatch().isEmpty() ? plan.commands() : plan.perPatch();
        if (!build.isEmpty() && !c.options("build_warnings").values().containsKey("command")) {
            c.option("build_warnings", "command", build.get(0));
        }
        return c;
    }

    /** Runs the configured commands: per patch on a work tree moved commit by commit, then per series. */
    /** Tells the reporters (and through them the progress display) the step the run is at. */
    private void step(Run run, String what) throws IOException, InterruptedException {
        for (Reporter r : reporters) {
            r.step(run, what);
        }
    }

    private void build(Run run, CommandRunner commands, RunConfig.BuildPlan plan, AppliedSeries applied,
            Path workTree, Path outDir,
            List<CheckResult> perPatch, List<SeriesCheckResult> whole, List<LogLink> logs)
            throws IOException, InterruptedException {
        Path logDir = outDir.resolve("logs");
        if (!plan.perPatch().isEmpty()) {
            for (AppliedCommit c : applied.commits()) {
                if (c.prerequisite()) {
                    continue;
                }
                step(run, "building patch " + c.index() + "/" + applied.commits().stream().filter(x -> !x.prerequisite()).count());
                checkout(workTree, c.commit());
                CommandResult failed = null;
                int k = 0;
                for (List<String> cmd : plan.perPatch()) {
                    Path log = logDir.resolve("patch-" + c.index() + "-" + (++k) + ".log");
                    CommandResult r = commands.run(cmd, workTree, log);
                    logs.add(new LogLink(String.join(" ", cmd), outDir.relativize(log).toString(), c.index()));
                    if (!r.succeeded()) {
                        failed = r;
                        break;
                    }
                }
                perPatch.add(new CheckResult(BUILD_CHECK, c.index(), failed == null ? CheckState.SUCCESS : CheckState.FAIL,
                        failed == null ? "builds" : failed.summary(), failed == null ? "" : failed.output()));
            }
            checkout(workTree, applied.head());
        }
        if (!plan.commands().isEmpty()) {
            step(run, "building the series");
            CommandResult failed = null;
            int k = 0;
            for (List<String> cmd : plan.commands()) {
                Path log = logDir.resolve("series-" + (++k) + ".log");
                CommandResult r = commands.run(cmd, workTree, log);
                logs.add(new LogLink(String.join(" ", cmd), outDir.relativize(log).toString(), 0));
                if (!r.succeeded()) {
                    failed = r;
                    break;
                }
            }
            // With per-patch builds the build check is per patch; the whole-series commands get their own.
            String name = plan.perPatch().isEmpty() ? BUILD_CHECK : SERIES_BUILD_CHECK;
            whole.add(new SeriesCheckResult(name, failed == null ? CheckState.SUCCESS : CheckState.FAIL,
                    failed == null ? "the series builds" : failed.summary(), failed == null ? "" : failed.output()));
        }
    }

    /** Moves the work tree to a commit; git rewrites only the files that differ, so make stays incremental. */
    static void checkout(Path workTree, ObjectId commit) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("git", "checkout", "-q", "--detach", commit.name())
                .directory(workTree.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("git checkout " + commit.name() + " in " + workTree + " failed: " + out);
        }
    }

    private ReportedSeries reported(Series series, SeriesOrigin origin) {
        List<ReportedPatch> patches = new ArrayList<>();
        for (int i = 0; i < series.patches().size(); i++) {
            Patch p = series.patches().get(i);
            String id = p.message().messageId();
            patches.add(new ReportedPatch(i + 1, ReportedMessage.of(p.message()), origin.patchIds().get(id),
                    origin.patchUrls().get(id), p.patchId().isEmpty() ? null : p.patchId()));
        }
        String id = origin.patchworkProject().isPresent() && origin.patchworkSeriesId().isPresent()
                ? origin.patchworkProject().get() + "/" + origin.patchworkSeriesId().get()
                : series.id().shortHash();
        return new ReportedSeries(id, series.subject(), series.version(), series.author(),
                series.coverLetter().map(ReportedMessage::of).orElse(null), patches,
                new SeriesLinks(origin.patchworkSeriesUrl().orElse(null),
                        origin.archiveThread(series.id().messageId()).orElse(null), List.of()));
    }

    /**
     * What the {@code apply} check is told. A series that applies only at its base-commit fails
     * it (git am on the branch would), naming the tip's conflict; its commits are still built.
     */
    public static ApplyOutcome applyOutcome(AppliedSeries applied, String treeName) {
        if (applied.needsRebase()) {
            ApplyFailure f = applied.tipFailure().orElseThrow();
            return ApplyOutcome.failed(Math.max(1, f.patchIndex()), "applies at its base-commit "
                    + applied.base().abbreviate(12).name() + ", not at " + treeName + " "
                    + applied.tip().abbreviate(12).name() + ": needs a rebase; " + f.summary(), f.details());
        }
        return applied.applied()
                ? ApplyOutcome.applied(applied.tier().map(x -> x.label()).orElse("tip"), applied.summary())
                : ApplyOutcome.failed(applied.failure().map(f -> Math.max(1, f.patchIndex())).orElse(1),
                        applied.summary(), applied.failure().map(f -> f.details()).orElse(""));
    }

    private ApplyResult applyResult(AppliedSeries a, Series series, Mirrors mirrors, Tree tree) throws IOException {
        if (a == null) {
            return null;
        }
        // The tiers ApplySeries tries, in its order, as configured; a success stops at its tier.
        List<String> tried = new ArrayList<>();
        tried.add(Tier.BRANCH_TIP.label());
        if (config.threeWay()) {
            tried.add(Tier.THREE_WAY.label());
        }
        if (config.rebuildPreimage()) {
            tried.add(Tier.THREE_WAY_REBUILT.label());
        }
        // ApplySeries falls back to the base-commit only when the mirror has it.
        if (a.needsRebase() || series.metadata().baseCommit()
                .map(b -> mirrorsHave(mirrors, tree, b)).orElse(false)) {
            tried.add(Tier.BASE_COMMIT.label());
        }
        if (a.tier().isPresent()) {
            int at = tried.indexOf(a.tier().get().label());
            tried = at < 0 ? List.of(a.tier().get().label()) : tried.subList(0, at + 1);
        }
        ApplyResult.Tip tip = new ApplyResult.Tip(a.tip().name(),
                mirrors.commitTime(tree, a.tip().name()).orElse(null));
        List<ReportedCommit> commits = a.commits().stream().filter(c -> !c.prerequisite())
                .map(c -> new ReportedCommit(c.index(), c.commit().name())).toList();
        if (a.needsRebase()) {
            return ApplyResult.failed(tried, failure(a.tipFailure().orElseThrow())).onTip(tip)
                    .appliesAt(new ApplyResult.AtBaseCommit(a.base().name(), commits));
        }
        if (a.applied()) {
            return ApplyResult.applied(tried, a.tier().map(t -> t.label()).orElse("tip"), commits).onTip(tip);
        }
        return ApplyResult.failed(tried, failure(a.failure().orElseThrow())).onTip(tip);
    }

    private static boolean mirrorsHave(Mirrors mirrors, Tree tree, String commit) {
        try {
            return mirrors.commitTime(tree, commit).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    private static ReportedApplyFailure failure(ApplyFailure f) {
        String expected = String.join("\n", f.where().expected());
        String found = String.join("\n", f.where().found());
        return new ReportedApplyFailure(Math.max(1, f.patchIndex()), f.where().path(), 0, expected, found, f.summary());
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /**
     * Removes the scratch directories in {@code runDir} (this attempt's, or what a killed one left).
     * One the patched code made impossible to remove (a directory it made unreadable) is left for
     * the next attempt, which takes a fresh name: it never fails the run.
     */
    private static void removeScratch(Path runDir) throws IOException {
        if (!Files.isDirectory(runDir)) {
            return;
        }
        try (var s = Files.list(runDir)) {
            for (Path old : s.filter(p -> p.getFileName().toString().startsWith("scratch-")).toList()) {
                try {
                    DirectoryTree.deleteIfExists(old);
                } catch (IOException e) {
                    // left for the next attempt
                }
            }
        }
    }

    /** Work trees a stopped or killed earlier attempt left behind. */
    private void removeOldWorkTrees(Tree tree, Path runDir) throws IOException, InterruptedException {
        Files.createDirectories(runDir);
        try (var s = Files.list(runDir)) {
            for (Path old : s.filter(p -> p.getFileName().toString().startsWith("tree-")).toList()) {
                try {
                    cache.removeWorkTree(tree.remote(), old);
                } catch (IOException e) {
                    DirectoryTree.deleteIfExists(old);
                }
            }
        }
    }

}
