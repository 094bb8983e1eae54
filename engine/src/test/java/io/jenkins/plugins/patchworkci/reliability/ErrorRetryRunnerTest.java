package io.jenkins.plugins.patchworkci.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.apply.MirrorCache;
import io.jenkins.plugins.patchworkci.apply.ObjectWrites;
import io.jenkins.plugins.patchworkci.check.CheckRegistry;
import io.jenkins.plugins.patchworkci.run.RunConfig;
import io.jenkins.plugins.patchworkci.run.RunEvents;
import io.jenkins.plugins.patchworkci.run.RunLedger;
import io.jenkins.plugins.patchworkci.run.RunRecord;
import io.jenkins.plugins.patchworkci.run.RunStatus;
import io.jenkins.plugins.patchworkci.run.Runner;
import io.jenkins.plugins.patchworkci.run.SeriesRun;
import io.jenkins.plugins.patchworkci.run.Sources;
import io.jenkins.plugins.patchworkci.testsupport.SettableClock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that breaks for its own reasons (here a full disk while applying) is not lost: it is an
 * error that a later poll — of a restarted runner, from the mail kept for it — tries again once
 * its wait is over, and it ends DONE with exactly one report once the disk has room; with the
 * attempts used up it stays an error for good.
 */
class ErrorRetryRunnerTest {

    @TempDir
    Path tmp;

    /** A disk that is full while {@link #full} is set: every object written fails as ENOSPC does. */
    static final class Disk implements ObjectWrites {
        volatile boolean full = true;

        @Override
        public ObjectInserter open(org.eclipse.jgit.lib.Repository repo) {
            ObjectInserter real = repo.newObjectInserter();
            if (!full) {
                return real;
            }
            return new ObjectInserter.Filter() {
                @Override
                protected ObjectInserter delegate() {
                    return real;
                }

                @Override
                public ObjectId insert(int type, byte[] data, int off, int len) throws IOException {
                    throw new IOException("No space left on device");
                }

                @Override
                public ObjectId insert(int type, long length, InputStream in) throws IOException {
                    throw new IOException("No space left on device");
                }
            };
        }
    }

    /** A new runner each poll: every retry below also survives a restart. */
    private static Runner.Summary poll(RunConfig config, SettableClock clock, Disk disk, BurstFixture.CountingReporter reporter)
            throws Exception {
        return new Runner(Sources.bind(config, Sources.transport(), clock),
                new SeriesRun(config, new MirrorCache(config.work().resolve("mirrors")), CheckRegistry.builtIn(),
                        List.of(reporter), clock).withObjectWrites(disk),
                new RunLedger(config.work().resolve("state/runs")), 1, clock, RunEvents.SILENT, config.retry()).once();
    }

    private static long keptForRetry(RunConfig config) throws IOException {
        Path retry = config.work().resolve("state/held/source-1/retry");
        if (!Files.isDirectory(retry)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(retry)) {
            return s.count();
        }
    }

    @Test
    void aFullDiskIsRetriedAfterTheWaitAndEndsDoneWithOneReport() throws Exception {
        BurstFixture f = BurstFixture.create(tmp, 1);
        RunConfig config = RunConfig.read(f.config, Map.of());
        SettableClock clock = new SettableClock(Instant.parse("2026-11-25T10:00:00Z"));
        Disk disk = new Disk();
        BurstFixture.CountingReporter reporter = new BurstFixture.CountingReporter(0);

        Runner.Summary first = poll(config, clock, disk, reporter);
        assertThat(first.runs()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RunStatus.ERROR);
            assertThat(r.outcome()).contains("No space left on device").contains("attempt 1 of 4");
            assertThat(r.retryAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)).toString());
        });
        assertThat(keptForRetry(config)).as("its mail is kept: the mbox cursor has moved past it").isEqualTo(1);

        disk.full = false;
        clock.advance(Duration.ofMinutes(4));
        assertThat(poll(config, clock, disk, reporter).runs()).as("not before its wait is over").isEmpty();

        clock.advance(Duration.ofMinutes(1));
        Runner.Summary retried = poll(config, clock, disk, reporter);
        assertThat(retried.runs()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RunStatus.DONE);
            assertThat(r.attempts()).isEqualTo(2);
            assertThat(r.retryAt()).isNull();
        });
        assertThat(reporter.reported).as("one series reported once").hasSize(1)
                .allSatisfy((id, count) -> assertThat(count).hasValue(1));
        assertThat(keptForRetry(config)).as("kept mail released once done").isZero();

        clock.advance(Duration.ofHours(3));
        assertThat(poll(config, clock, disk, reporter).runs()).as("done is never run again").isEmpty();
        assertThat(reporter.reported).as("reported once").hasSize(1).allSatisfy((id, count) -> assertThat(count).hasValue(1));
    }

    @Test
    void withTheAttemptsUsedUpItStaysAnErrorForGood() throws Exception {
        BurstFixture f = BurstFixture.create(tmp, 1);
        Files.writeString(f.config, Files.readString(f.config) + "build:\n  maxAttempts: 2\n  retryAfter: [10m]\n");
        RunConfig config = RunConfig.read(f.config, Map.of());
        SettableClock clock = new SettableClock(Instant.parse("2026-11-25T10:00:00Z"));
        Disk disk = new Disk();
        BurstFixture.CountingReporter reporter = new BurstFixture.CountingReporter(0);

        assertThat(poll(config, clock, disk, reporter).runs()).singleElement()
                .satisfies(r -> assertThat(r.outcome()).contains("attempt 1 of 2"))
                .satisfies(r -> assertThat(r.retrying()).isTrue());

        clock.advance(Duration.ofMinutes(10));
        RunRecord last = poll(config, clock, disk, reporter).runs().get(0);
        assertThat(last.status()).isEqualTo(RunStatus.ERROR);
        assertThat(last.attempts()).isEqualTo(2);
        assertThat(last.retrying()).isFalse();
        assertThat(last.outcome()).contains("No space left on device").contains("gave up after 2 attempts");
        assertThat(keptForRetry(config)).isZero();

        disk.full = false;
        clock.advance(Duration.ofDays(1));
        assertThat(poll(config, clock, disk, reporter).runs()).isEmpty();
        assertThat(new RunLedger(config.work().resolve("state/runs")).all()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RunStatus.ERROR));
        assertThat(reporter.reported).as("an error reports nothing").isEmpty();
    }

    @Test
    void aNewerVersionArrivingWhileAnErrorWaitsSupersedesIt() throws Exception {
        BurstFixture f = BurstFixture.create(tmp, 1);
        RunConfig config = RunConfig.read(f.config, Map.of());
        SettableClock clock = new SettableClock(Instant.parse("2026-11-25T10:00:00Z"));
        Disk disk = new Disk();
        BurstFixture.CountingReporter reporter = new BurstFixture.CountingReporter(0);
        assertThat(poll(config, clock, disk, reporter).runs()).singleElement()
                .satisfies(r -> assertThat(r.retrying()).isTrue());

        disk.full = false;
        clock.advance(Duration.ofMinutes(1)); // v1's wait is not over
        String v2 = BurstFixture.mail(1).replace("[PATCH burst]", "[PATCH burst v2]")
                .replace(BurstFixture.messageId(1), "burst-1-v2@example.org").replace("12:00:01", "13:00:01");
        Files.writeString(f.mbox, v2, java.nio.file.StandardOpenOption.APPEND);
        List<RunRecord> runs = poll(config, clock, disk, reporter).runs();
        assertThat(runs).filteredOn(r -> r.version() == 1).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RunStatus.SUPERSEDED);
            assertThat(r.retrying()).isFalse();
        });
        assertThat(runs).filteredOn(r -> r.version() == 2).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RunStatus.DONE));
        assertThat(keptForRetry(config)).as("v1's kept mail released").isZero();

        clock.advance(Duration.ofHours(3));
        assertThat(poll(config, clock, disk, reporter).runs()).as("v1 is not run after all").isEmpty();
        assertThat(reporter.reported).as("only v2 reported, once").hasSize(1)
                .allSatisfy((id, count) -> assertThat(count).hasValue(1));
    }
}
