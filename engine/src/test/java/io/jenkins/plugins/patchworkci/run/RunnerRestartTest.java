package io.jenkins.plugins.patchworkci.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.patchworkci.apply.MirrorCache;
import io.jenkins.plugins.patchworkci.check.CheckRegistry;
import io.jenkins.plugins.patchworkci.demo.DemoWorkspace;
import io.jenkins.plugins.patchworkci.report.Reporter;
import io.jenkins.plugins.patchworkci.report.Run;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service on the demo's mailbox, killed in the middle of a run and started again: every
 * series version finishes exactly once, the killed one is run again, and the superseded v1 is
 * never run.
 */
class RunnerRestartTest {

    @TempDir
    Path tmp;

    /** What a kill -9 does to the runner's thread: nothing after it runs. */
    static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aKillInTheMiddleLosesNothingAndRepeatsNothing() throws Exception {
        DemoWorkspace demo = DemoWorkspace.create(tmp.resolve("demo"));
        RunConfig config = RunConfig.read(demo.config(), Map.of());
        RunLedger ledger = new RunLedger(config.work().resolve("state/runs"));
        MirrorCache mirrors = new MirrorCache(config.work().resolve("mirrors"));
        AtomicInteger started = new AtomicInteger();
        Reporter killer = new Reporter() {
            @Override
            public void started(Run run) {
                if (started.incrementAndGet() == 3) {
                    throw new Killed();
                }
            }

            @Override
            public void finished(Run run) {}
        };
        Runner first = new Runner(Sources.bind(config, Sources.transport(), Clock.systemUTC()),
                new SeriesRun(config, mirrors, CheckRegistry.builtIn(), List.of(killer), Clock.systemUTC()), ledger, 1,
                Clock.systemUTC(), RunEvents.SILENT);
        assertThatThrownBy(first::once).isInstanceOf(Killed.class);
        Thread.sleep(500); // let the interrupted run threads stop, as the process would have
        List<RunRecord> afterKill = ledger.all();
        List<String> interrupted = afterKill.stream().filter(r -> r.status() == RunStatus.RUNNING)
                .map(RunRecord::seriesId).toList();
        List<String> doneBeforeKill = afterKill.stream().filter(r -> r.status() == RunStatus.DONE)
                .map(RunRecord::seriesId).toList();
        assertThat(interrupted).isNotEmpty();
        assertThat(doneBeforeKill).hasSize(2);

        Runner second = new Runner(Sources.bind(config, Sources.transport(), Clock.systemUTC()),
                new SeriesRun(config, mirrors, CheckRegistry.builtIn(), List.of(), Clock.systemUTC()), ledger, 2,
                Clock.systemUTC(), RunEvents.SILENT);
        Runner.Summary s = second.once();
        assertThat(s.problems()).isEmpty();
        List<RunRecord> all = ledger.all();
        assertThat(all).hasSize(9);
        assertThat(all).as("all: %s", all).filteredOn(r -> r.status() == RunStatus.DONE).hasSize(8);
        assertThat(all).filteredOn(r -> r.status() == RunStatus.SUPERSEDED).singleElement()
                .satisfies(r -> assertThat(r.version()).isEqualTo(1))
                .satisfies(r -> assertThat(r.subject()).isEqualTo("demo: polish"));
        // What was running at the kill ran again; what had finished did not.
        assertThat(all).filteredOn(r -> interrupted.contains(r.seriesId())).allSatisfy(r -> assertThat(r.attempts()).isEqualTo(2));
        assertThat(all).filteredOn(r -> doneBeforeKill.contains(r.seriesId())).allSatisfy(r -> assertThat(r.attempts()).isEqualTo(1));
        assertThat(all).filteredOn(r -> r.status() == RunStatus.DONE).allSatisfy(r -> assertThat(r.attempts()).isBetween(1, 2));

        // A third start finds nothing new and runs nothing.
        Runner third = new Runner(Sources.bind(config, Sources.transport(), Clock.systemUTC()),
                new SeriesRun(config, mirrors, CheckRegistry.builtIn(), List.of(), Clock.systemUTC()), ledger, 2,
                Clock.systemUTC(), RunEvents.SILENT);
        Runner.Summary again = third.once();
        assertThat(again.arrivals()).isZero();
        assertThat(again.runs()).isEmpty();
    }
}
