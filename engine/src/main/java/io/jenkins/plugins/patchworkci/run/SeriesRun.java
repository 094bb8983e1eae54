package io.jenkins.plugins.patchworkci.run;

import io.jenkins.plugins.patchworkci.apply.DirectoryTree;
import io.jenkins.plugins.patchworkci.apply.MirrorCache;
import io.jenkins.plugins.patchworkci.apply.ObjectWrites;
import io.jenkins.plugins.patchworkci.check.BuildEnvironment;
import io.jenkins.plugins.patchworkci.check.CheckConfig;
import io.jenkins.plugins.patchworkci.check.CheckRegistry;
import io.jenkins.plugins.patchworkci.check.ToolLauncher;
import io.jenkins.plugins.patchworkci.intake.SeriesOrigin;
import io.jenkins.plugins.patchworkci.job.JobProgress;
import io.jenkins.plugins.patchworkci.job.Mirrors;
import io.jenkins.plugins.patchworkci.job.SeriesJob;
import io.jenkins.plugins.patchworkci.job.SeriesJobResult;
import io.jenkins.plugins.patchworkci.mail.Address;
import io.jenkins.plugins.patchworkci.mail.Patch;
import io.jenkins.plugins.patchworkci.report.Dashboard;
import io.jenkins.plugins.patchworkci.report.HtmlReport;
import io.jenkins.plugins.patchworkci.report.ReportedMessage;
import io.jenkins.plugins.patchworkci.report.ReportedPatch;
import io.jenkins.plugins.patchworkci.report.ReportedSeries;
import io.jenkins.plugins.patchworkci.report.Reporter;
import io.jenkins.plugins.patchworkci.report.Run;
import io.jenkins.plugins.patchworkci.report.RunJson;
import io.jenkins.plugins.patchworkci.report.SeriesLinks;
import io.jenkins.plugins.patchworkci.report.Timings;
import io.jenkins.plugins.patchworkci.route.Plan;
import io.jenkins.plugins.patchworkci.series.Series;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.jgit.lib.PersonIdent;
import org.jspecify.annotations.Nullable;

/**
 * One series version through {@code pwci run}: the series job ({@link SeriesJob}: plan, apply in
 * the mirrors, build, test, check) in a fresh build environment, and its reports: the JSON and HTML
 * reports written, the reporters (Patchwork, mail) told as it starts, steps and ends.
 */
public final class SeriesRun {

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
     * Runs the job for one series version ({@link SeriesJob}) and reports it: the reporters hear it
     * start once it is planned, then its steps, then its results; the JSON and HTML reports are written.
     *
     * @param series the series version, complete
     * @param origin where it came from (Patchwork ids and pages)
     * @param recipients who each message was sent to, by Message-ID
     * @param neighbours other series seen with it, where its user-space companions may be
     */
    public Run call(Series series, SeriesOrigin origin, Function<String, List<Address>> recipients,
            List<Series> neighbours) throws IOException, InterruptedException {
        Instant queued = clock.instant();
        String key = key(series);
        Path runDir = config.work().resolve("runs").resolve(key);
        Path outDir = reportDir(series);
        Files.createDirectories(outDir);
        // The patched code's HOME and TMPDIR: beside the work tree, outside the published report,
        // fresh for each attempt and removed when the run ends.
        removeScratch(runDir);
        Path scratch = runDir.resolve("scratch-" + Long.toString(clock.millis(), 36));
        ToolLauncher launcher = config.sandbox().launcher(BuildEnvironment.in(scratch, config.buildEnv()),
                config.timeout());
        try (Mirrors mirrors = new Mirrors(cache)) {
            Reporting reporting = new Reporting(key, reported(series, origin), queued);
            SeriesJobResult job = new SeriesJob(series).setRecipients(recipients)
                    .setTrees(mirrors, config.routing(), config.maintainers().orElse(null)).setNeighbours(neighbours)
                    .setLauncher(launcher, config.timeout())
                    .setChecks(registry, CheckConfig.fromMap(config.checks())).setBuildPlans(config::build)
                    .setReportDir(outDir).setWorkTreesIn(runDir).setProgress(reporting)
                    .setThreeWay(config.threeWay()).setRebuildPreimage(config.rebuildPreimage())
                    .setSignOff(config.signOff()).setLinkPattern(config.linkPattern().orElse(null))
                    .setCommitter(committer).setClock(clock).setUpdateRef("refs/pwci/" + key).setObjectWrites(objectWrites)
                    .call();
            Run run = reporting.run.withApply(job.applyReport().orElse(null))
                    .withResults(job.results(), job.seriesResults()).withLogs(job.logs())
                    .withTimings(new Timings(queued, reporting.run.timings().started(), clock.instant(), job.steps()));
            // A run stopped for a newer version reports no result: the last point to stop is here.
            SeriesJob.stopPoint();
            RunJson.write(run, outDir.resolve("run.json"));
            HtmlReport.write(run, outDir.resolve("index.html"));
            Dashboard.write(outDir.getParent(), clock);
            for (Reporter r : reporters) {
                r.finished(run);
            }
            return run;
        } finally {
            removeScratch(runDir);
        }
    }

    /** The job's progress, as the reporters hear it: started once planned, then each step. */
    private final class Reporting implements JobProgress {

        private final String key;
        private final ReportedSeries series;
        private final Instant queued;
        private Run run;

        Reporting(String key, ReportedSeries series, Instant queued) {
            this.key = key;
            this.series = series;
            this.queued = queued;
        }

        @Override
        public void planned(Plan plan, List<String> expectedChecks) throws IOException, InterruptedException {
            run = Run.started(key, key + "/", series, plan, expectedChecks, new Timings(queued, clock.instant(), null, List.of()));
            for (Reporter r : reporters) {
                r.started(run);
            }
        }

        @Override
        public void step(String what) throws IOException, InterruptedException {
            for (Reporter r : reporters) {
                r.step(run, what);
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

}
