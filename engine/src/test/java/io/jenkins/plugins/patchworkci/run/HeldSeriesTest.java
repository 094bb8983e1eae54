package io.jenkins.plugins.patchworkci.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.apply.MirrorCache;
import io.jenkins.plugins.patchworkci.check.CheckRegistry;
import io.jenkins.plugins.patchworkci.demo.DemoWorkspace;
import io.jenkins.plugins.patchworkci.testsupport.SettableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A series whose patches reach the mailbox in two polls is held, not lost: it runs once it is
 * complete; one whose rest never comes is given up after the hold time, with a reason.
 */
class HeldSeriesTest {

    @TempDir
    Path tmp;

    private Runner runner(RunConfig config, SettableClock clock) throws Exception {
        return new Runner(Sources.bind(config, Sources.transport(), clock),
                new SeriesRun(config, new MirrorCache(config.work().resolve("mirrors")), CheckRegistry.builtIn(), List.of(), clock),
                new RunLedger(config.work().resolve("state/runs")), 1, clock, RunEvents.SILENT);
    }

    /** The demo's first series (cover letter and two patches) as three mbox messages. */
    private static String[] firstSeries(DemoWorkspace demo) throws Exception {
        String mbox = Files.readString(demo.mailbox(), StandardCharsets.UTF_8);
        String[] parts = mbox.split("(?m)^(?=From [0-9a-f]{40} )");
        return new String[] {parts[0], parts[1], parts[2]};
    }

    @Test
    void theRestArrivingLaterCompletesTheSeries() throws Exception {
        DemoWorkspace demo = DemoWorkspace.create(tmp.resolve("demo"));
        String[] series = firstSeries(demo);
        Path box = tmp.resolve("arriving.mbox");
        Files.writeString(box, series[0] + series[1]);
        Files.writeString(demo.config(), Files.readString(demo.config()).replace("mbox: mail/netdev.mbox", "mbox: " + box));
        RunConfig config = RunConfig.read(demo.config(), Map.of());
        SettableClock clock = new SettableClock(Instant.parse("2026-11-25T10:00:00Z"));

        Runner.Summary first = runner(config, clock).once();
        assertThat(first.runs()).isEmpty();
        assertThat(config.work().resolve("state/held/source-1")).isDirectoryContaining(p -> p.toString().endsWith(".eml"));

        clock.advance(Duration.ofMinutes(10));
        Files.writeString(box, series[2], StandardOpenOption.APPEND);
        Runner.Summary second = runner(config, clock).once();
        assertThat(second.runs()).singleElement().satisfies(r -> {
            assertThat(r.subject()).isEqualTo("net: add sock_recv()");
            assertThat(r.status()).isEqualTo(RunStatus.DONE);
        });
        try (var held = Files.list(config.work().resolve("state/held/source-1"))) {
            assertThat(held.filter(p -> p.toString().endsWith(".eml"))).isEmpty();
        }
    }

    @Test
    void aSeriesWhoseRestNeverComesIsGivenUpWithAReason() throws Exception {
        DemoWorkspace demo = DemoWorkspace.create(tmp.resolve("demo"));
        String[] series = firstSeries(demo);
        Path box = tmp.resolve("arriving.mbox");
        Files.writeString(box, series[0] + series[1]);
        Files.writeString(demo.config(), Files.readString(demo.config())
                .replace("mbox: mail/netdev.mbox", "mbox: " + box + "\n    holdIncomplete: 1h"));
        RunConfig config = RunConfig.read(demo.config(), Map.of());
        SettableClock clock = new SettableClock(Instant.parse("2026-11-25T10:00:00Z"));
        runner(config, clock).once();
        clock.advance(Duration.ofMinutes(61));
        Runner.Summary late = runner(config, clock).once();
        assertThat(late.runs()).isEmpty();
        assertThat(late.problems()).singleElement().asString()
                .contains("net: add sock_recv()").contains("gave up waiting for patches [2] after 60 min");
    }
}
