package io.jenkins.plugins.patchworkci.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.patchworkci.apply.MirrorCache;
import io.jenkins.plugins.patchworkci.check.BuildEnvironment;
import io.jenkins.plugins.patchworkci.check.CheckRegistry;
import io.jenkins.plugins.patchworkci.job.CommandResult;
import io.jenkins.plugins.patchworkci.job.CommandRunner;
import io.jenkins.plugins.patchworkci.job.Sandbox;
import io.jenkins.plugins.patchworkci.run.RunConfig;
import io.jenkins.plugins.patchworkci.run.RunEvents;
import io.jenkins.plugins.patchworkci.run.RunLedger;
import io.jenkins.plugins.patchworkci.run.RunRecord;
import io.jenkins.plugins.patchworkci.run.RunStatus;
import io.jenkins.plugins.patchworkci.run.Runner;
import io.jenkins.plugins.patchworkci.run.SeriesRun;
import io.jenkins.plugins.patchworkci.run.Sources;
import io.jenkins.plugins.patchworkci.series.SeriesId;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service under load, killed, run twice at once, and short of disk space: a mailbox of one-patch
 * series applied to a real tree with no build (what the service itself costs). After each, every
 * series version is DONE exactly once in the ledger and was reported exactly once, no lock is
 * left behind, and {@code git fsck} finds the mirror sound.
 */
class BurstRestartConcurrencyTest {

    @TempDir
    Path tmp;

    static Runner runner(RunConfig config, BurstFixture.CountingReporter reporter, int concurrency) throws Exception {
        return new Runner(Sources.bind(config, Sources.transport(), Clock.systemUTC()),
                new SeriesRun(config, new MirrorCache(config.work().resolve("mirrors")), CheckRegistry.builtIn(),
                        List.of(reporter), Clock.systemUTC()),
                new RunLedger(config.work().resolve("state/runs")), concurrency, Clock.systemUTC(), RunEvents.SILENT);
    }

    static void assertEachDoneOnce(RunConfig config, int n, Map<String, AtomicInteger> reported) throws Exception {
        List<RunRecord> all = new RunLedger(config.work().resolve("state/runs")).all();
        assertThat(all).hasSize(n).allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(RunStatus.DONE));
        assertThat(all.stream().map(RunRecord::seriesId).distinct()).hasSize(n);
        assertThat(reported).as("reported once each").hasSize(n)
                .allSatisfy((id, count) -> assertThat(count.get()).as(id).isEqualTo(1));
    }

    static void assertMirrorsSound(RunConfig config) throws Exception {
        Path mirrors = config.work().resolve("mirrors");
        try (Stream<Path> files = Files.walk(mirrors)) {
            for (Path lock : files.filter(p -> p.getFileName().toString().endsWith(".lock")).toList()) {
                if (lock.getParent().equals(mirrors)) {
                    // MirrorCache's own lock file stays; what matters is that nobody holds it (the OS frees it on death).
                    try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE); FileLock l = ch.tryLock()) {
                        assertThat(l).as("%s is free", lock).isNotNull();
                    }
                } else {
                    throw new AssertionError("a git lock left behind: " + lock);
                }
            }
        }
        try (Stream<Path> repos = Files.list(mirrors)) {
            for (Path repo : repos.filter(Files::isDirectory).toList()) {
                if (Files.exists(repo.resolve("HEAD"))) {
                    BurstFixture.git(repo, "fsck", "--full", "--no-dangling");
                }
            }
        }
    }

    @Test
    void aBurstOf200SeriesIsRunAndReportedExactlyOnce() throws Exception {
        int n = 200;
        BurstFixture f = BurstFixture.create(tmp, n);
        RunConfig config = RunConfig.read(f.config, Map.of());
        BurstFixture.CountingReporter reporter = new BurstFixture.CountingReporter(0);
        Runner.Summary s = runner(config, reporter, 2).once();
        assertThat(s.problems()).isEmpty();
        assertThat(s.runs()).hasSize(n);
        assertEachDoneOnce(config, n, reporter.reported);
        assertThat(new RunLedger(config.work().resolve("state/runs")).all()).allSatisfy(r -> {
            assertThat(r.attempts()).isEqualTo(1);
            assertThat(r.outcome()).as("applied, no build: every check passes").startsWith("success");
        });
        // Again: nothing new, nothing repeated.
        Runner.Summary again = runner(config, reporter, 2).once();
        assertThat(again.runs()).isEmpty();
        assertEachDoneOnce(config, n, reporter.reported);
        assertMirrorsSound(config);
    }

    @Test
    void aKillBetweenApplyAndReportLosesNothingAndReportsNothingTwice() throws Exception {
        int n = 12;
        BurstFixture f = BurstFixture.create(tmp, n);
        RunConfig config = RunConfig.read(f.config, Map.of());
        // The 5th report never happens: the process dies after that series was applied and checked.
        BurstFixture.CountingReporter killer = new BurstFixture.CountingReporter(5);
        assertThatThrownBy(() -> runner(config, killer, 2).once()).isInstanceOf(BurstFixture.Killed.class);
        Thread.sleep(300); // the other run thread stops, as it would with the process
        List<RunRecord> afterKill = new RunLedger(config.work().resolve("state/runs")).all();
        assertThat(afterKill).filteredOn(r -> r.status() == RunStatus.RUNNING).isNotEmpty();

        BurstFixture.CountingReporter after = new BurstFixture.CountingReporter(0);
        Runner.Summary s = runner(config, after, 2).once();
        assertThat(s.problems()).isEmpty();
        // Reported exactly once over both lives of the process.
        killer.reported.forEach((id, c) -> after.reported.computeIfAbsent(id, k -> new AtomicInteger()).addAndGet(c.get()));
        assertEachDoneOnce(config, n, after.reported);
        assertMirrorsSound(config);
    }

    @Test
    void twoRunnersAtOnceOnTheSameWorkGiveTheResultsOfOne() throws Exception {
        int n = 16;
        BurstFixture f = BurstFixture.create(tmp, n);
        RunConfig config = RunConfig.read(f.config, Map.of());
        BurstFixture.CountingReporter reporter = new BurstFixture.CountingReporter(0);
        Runner a = runner(config, reporter, 2);
        Runner b = runner(config, reporter, 2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Runner.Summary>> both = two.invokeAll(List.<Callable<Runner.Summary>>of(a::once, b::once));
            for (Future<Runner.Summary> s : both) {
                assertThat(s.get().problems()).isEmpty();
            }
        } finally {
            two.shutdownNow();
        }
        assertEachDoneOnce(config, n, reporter.reported);
        assertMirrorsSound(config);
    }

    @Test
    void twoBuildsOnOneMirrorAtOnceCorruptNothing() throws Exception {
        BurstFixture f = BurstFixture.create(tmp, 1);
        String url = f.remote.toUri().toString();
        Path seed = tmp.resolve("seed");
        MirrorCache cache = new MirrorCache(tmp.resolve("mirrors"));
        cache.update(url);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> builds = List.of(1, 2).stream().<Callable<Integer>>map(b -> () -> {
                for (int i = 0; i < 8; i++) {
                    // The remote moves on while builds fetch and make work trees from the mirror.
                    synchronized (BurstRestartConcurrencyTest.class) {
                        Files.writeString(seed.resolve("b" + b + "-" + i), "x\n");
                        BurstFixture.git(seed, "add", ".");
                        BurstFixture.git(seed, "-c", "user.name=B", "-c", "user.email=b@example.org", "commit", "-q",
                                "-m", "b" + b + " " + i);
                        BurstFixture.git(seed, "push", "-q", f.remote.toString(), "HEAD:main");
                    }
                    Path mirror = cache.update(url);
                    String head = BurstFixture.git(mirror, "rev-parse", "refs/heads/main").strip();
                    Path wt = tmp.resolve("wt-" + b + "-" + i);
                    cache.addWorkTree(url, org.eclipse.jgit.lib.ObjectId.fromString(head), wt);
                    assertThat(wt.resolve("README")).exists();
                    cache.removeWorkTree(url, wt);
                }
                return b;
            }).toList();
            for (Future<Integer> r : two.invokeAll(builds)) {
                r.get();
            }
        } finally {
            two.shutdownNow();
        }
        Path mirror = cache.mirrorPath(url);
        BurstFixture.git(mirror, "fsck", "--full", "--no-dangling");
        assertThat(BurstFixture.git(mirror, "worktree", "list")).as("no work tree left registered").doesNotContain("wt-");
        assertThat(BurstFixture.git(mirror, "log", "--oneline", "refs/heads/main")).contains("b1 7", "b2 7");
    }

    @Test
    void aBuildLogOnAFullDiskNeitherHangsTheBuildNorHidesItsOutput() throws Exception {
        // The seam: the command's log is /dev/full, so every write fails with ENOSPC exactly as a full
        // disk would (and as root too, unlike a directory made read-only).
        Path logs = Files.createDirectories(tmp.resolve("logs"));
        Path log = logs.resolve("build.log");
        Files.createSymbolicLink(log, Path.of("/dev/full"));
        CommandRunner runner = new CommandRunner(
                Sandbox.NONE.launcher(BuildEnvironment.in(tmp.resolve("scratch"), Map.of()), Duration.ofSeconds(60)),
                Duration.ofSeconds(60));
        // 1 MB of output: far more than a pipe holds, so a pump that stopped at the first failed write would block it.
        CommandResult r = runner.run(List.of("sh", "-c", "head -c 1000000 /dev/zero | tr '\\0' x; echo; echo done"), tmp, log);
        assertThat(r.timedOut()).isFalse();
        assertThat(r.exitCode()).isZero();
        assertThat(r.output()).contains("done").contains("could not be written").contains("No space left on device");
    }

    @Test
    void aReportDirectoryThatCannotBeWrittenIsAClearErrorForThatSeriesOnly() throws Exception {
        int n = 3;
        BurstFixture f = BurstFixture.create(tmp, n);
        RunConfig config = RunConfig.read(f.config, Map.of());
        // A file where the report directory must go: writing the report fails (a seam that works as root).
        Path out = Files.createDirectories(config.work().resolve("out"));
        String key = new SeriesId(BurstFixture.messageId(2)).shortHash() + "-v1";
        Files.writeString(out.resolve(key), "in the way");
        BurstFixture.CountingReporter reporter = new BurstFixture.CountingReporter(0);
        Runner.Summary s = runner(config, reporter, 1).once();
        assertThat(s.runs()).hasSize(n);
        assertThat(s.runs()).filteredOn(r -> r.status() == RunStatus.ERROR).singleElement()
                .satisfies(r -> assertThat(r.seriesId()).isEqualTo(BurstFixture.messageId(2)))
                .satisfies(r -> assertThat(r.outcome()).contains(key));
        assertThat(s.runs()).filteredOn(r -> r.status() == RunStatus.DONE).hasSize(n - 1);
        assertThat(reporter.reported).hasSize(n - 1);
    }

    @Test
    void aFullDiskWhileApplyingIsAnErrorNamingTheSeriesAndNothingIsReported() throws Exception {
        int n = 2;
        BurstFixture f = BurstFixture.create(tmp, n);
        RunConfig config = RunConfig.read(f.config, Map.of());
        // The seam: every object the applier writes into the mirror fails as on a full disk.
        io.jenkins.plugins.patchworkci.apply.ObjectWrites full = repo -> new org.eclipse.jgit.lib.ObjectInserter.Filter() {
            private final org.eclipse.jgit.lib.ObjectInserter real = repo.newObjectInserter();

            @Override
            protected org.eclipse.jgit.lib.ObjectInserter delegate() {
                return real;
            }

            @Override
            public org.eclipse.jgit.lib.ObjectId insert(int type, byte[] data, int off, int len) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }

            @Override
            public org.eclipse.jgit.lib.ObjectId insert(int type, long length, java.io.InputStream in)
                    throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        };
        BurstFixture.CountingReporter reporter = new BurstFixture.CountingReporter(0);
        Runner r = new Runner(Sources.bind(config, Sources.transport(), Clock.systemUTC()),
                new SeriesRun(config, new MirrorCache(config.work().resolve("mirrors")), CheckRegistry.builtIn(),
                        List.of(reporter), Clock.systemUTC()).withObjectWrites(full),
                new RunLedger(config.work().resolve("state/runs")), 1, Clock.systemUTC(), RunEvents.SILENT);
        Runner.Summary s = r.once();
        assertThat(s.runs()).hasSize(n).allSatisfy(rec -> {
            assertThat(rec.status()).isEqualTo(RunStatus.ERROR);
            assertThat(rec.outcome()).contains("applying [v1] burst: add file").contains("to burst")
                    .contains("patch 1/1").contains("No space left on device");
        });
        assertThat(reporter.reported).as("nothing reported, as success or otherwise").isEmpty();
        assertThat(Files.exists(config.work().resolve("out"))
                ? Files.walk(config.work().resolve("out")).filter(p -> p.toString().endsWith("run.json")).count()
                : 0).as("no report written").isZero();
        assertMirrorsSound(config);
        try (Stream<Path> mirrors = Files.list(config.work().resolve("mirrors"))) {
            for (Path m : mirrors.filter(p -> Files.exists(p.resolve("HEAD"))).toList()) {
                assertThat(BurstFixture.git(m, "for-each-ref", "refs/pwci/")).as("no series ref moved").isEmpty();
            }
        }
    }
}
