package io.jenkins.plugins.patchworkci.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.apply.MirrorCache;
import io.jenkins.plugins.patchworkci.check.CheckRegistry;
import io.jenkins.plugins.patchworkci.report.ReportedSeries;
import io.jenkins.plugins.patchworkci.report.Reporter;
import io.jenkins.plugins.patchworkci.report.Run;
import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service meets a newer version of a series while the older one is running or queued: a real
 * build that blocks (a shell loop with a long {@code sleep} child) is stopped — its processes gone,
 * its work tree removed, the ledger saying superseded, no result reported — and a queued one is
 * cancelled without ever starting; the newer version runs to the end. The newer mail arrives by a
 * later poll of a growing mbox, as it would from a list.
 */
class SupersedeTest {

    @TempDir
    Path tmp;

    private Path signals;
    private Path mbox;
    private RunConfig config;
    private final Recorder reporter = new Recorder();

    /** Records what would have been reported for each version, as "subject vN". */
    static final class Recorder implements Reporter {
        final List<String> started = new CopyOnWriteArrayList<>();
        final List<String> finished = new CopyOnWriteArrayList<>();
        final List<String> stopped = new CopyOnWriteArrayList<>();

        @Override
        public void started(Run run) {
            started.add(run.series().title() + " v" + run.series().version());
        }

        @Override
        public void finished(Run run) {
            finished.add(run.series().title() + " v" + run.series().version());
        }

        @Override
        public void stopped(ReportedSeries series, String why) {
            stopped.add(series.title() + " v" + series.version() + ": " + why);
        }
    }

    @BeforeEach
    void fixture() throws Exception {
        signals = Files.createDirectories(tmp.resolve("signals"));
        Path seed = Files.createDirectories(tmp.resolve("seed"));
        git(seed, "init", "-q", "-b", "main");
        Files.writeString(seed.resolve("README"), "slow\n");
        git(seed, "add", "README");
        git(seed, "-c", "user.name=Base", "-c", "user.email=base@example.org", "commit", "-q", "-m", "base");
        Path remote = tmp.resolve("tree.git");
        git(tmp, "clone", "-q", "--bare", seed.toString(), remote.toString());
        mbox = tmp.resolve("list.mbox");
        Files.writeString(mbox, "");
        // A series that adds a file named "block" builds until the test says "release"; its build
        // leaves a long sleep running beside it, whose pid it writes down: what a stop must kill.
        Files.writeString(tmp.resolve("pwci.yaml"), """
                work: work
                sources:
                  - mbox: list.mbox
                routing:
                  trees:
                    - name: slow
                      remote: %s
                      branch: main
                build:
                  env:
                    SIGNALS: %s
                  commands:
                    - [sh, -c, 'if [ -f block ]; then sleep 300 & echo $! > "$SIGNALS/$(cat block).pid"; while [ ! -f "$SIGNALS/release" ]; do sleep 0.05; done; kill $!; fi; echo built']
                checks:
                  checkpatch: {enabled: false}
                  cc_maintainers: {enabled: false}
                  kdoc: {enabled: false}
                  build_warnings: {enabled: false}
                reports:
                  shadow: true
                """.formatted(remote.toUri(), signals));
        config = RunConfig.read(tmp.resolve("pwci.yaml"), Map.of());
    }

    private Runner runner(int concurrency) throws Exception {
        return new Runner(Sources.bind(config, Sources.transport(), Clock.systemUTC()),
                new SeriesRun(config, new MirrorCache(config.work().resolve("mirrors")), CheckRegistry.builtIn(),
                        List.of(reporter), Clock.systemUTC()),
                new RunLedger(config.work().resolve("state/runs")), concurrency, Clock.systemUTC(), RunEvents.SILENT);
    }

    @Test
    void aRunningVersionIsStoppedWhenTheNextOneArrives() throws Exception {
        Runner runner = runner(2);
        post(mail("slow-v1@example.org", 1, "slow: tune the queue", "block", "v1"));
        assertThat(runner.pollOnce().problems()).isEmpty();
        long sleeper = awaitPid("v1");
        assertThat(alive(sleeper)).isTrue();

        post(mail("slow-v2@example.org", 2, "slow: tune the queue", "quick", "v2"));
        Runner.Summary second = runner.pollOnce();
        Runner.Summary end = runner.drainAll();

        assertThat(gone(sleeper)).as("v1's build process %d", sleeper).isTrue();
        RunLedger ledger = new RunLedger(config.work().resolve("state/runs"));
        RunRecord v1 = ledger.get("slow-v1@example.org", 1).orElseThrow();
        assertThat(v1.status()).isEqualTo(RunStatus.SUPERSEDED);
        assertThat(v1.outcome()).startsWith("stopped while running: superseded by [v2]");
        RunRecord v2 = ledger.get("slow-v2@example.org", 2).orElseThrow();
        assertThat(v2.status()).isEqualTo(RunStatus.DONE);
        assertThat(v2.outcome()).doesNotStartWith("fail");
        assertThat(Stream.concat(second.runs().stream(), end.runs().stream()).map(RunRecord::status))
                .containsExactlyInAnyOrder(RunStatus.SUPERSEDED, RunStatus.DONE);
        // No result for v1: only v2 finished; v1 was told it stopped (to settle what it had posted pending).
        assertThat(reporter.finished).containsExactly("slow: tune the queue v2");
        assertThat(reporter.stopped).singleElement().asString().startsWith("slow: tune the queue v1: superseded by [v2]");
        assertThat(config.work().resolve("out/" + hash("slow-v1@example.org") + "-v1/run.json")).doesNotExist();
        assertThat(config.work().resolve("out/" + hash("slow-v2@example.org") + "-v2/run.json")).exists();
        assertThat(workTrees()).as("work trees left behind").isEmpty();
        // The cursor went past both mails: a restart finds nothing to do and runs nothing again.
        Runner.Summary again = runner(2).once();
        assertThat(again.arrivals()).isZero();
        assertThat(again.runs()).isEmpty();
    }

    @Test
    void aQueuedVersionIsCancelledWithoutStarting() throws Exception {
        Runner runner = runner(1);
        post(mail("busy@example.org", 1, "busy: hold the only slot", "block", "busy"));
        post(mail("wait-v1@example.org", 1, "wait: fix the counter", "counter", "v1"));
        runner.pollOnce();
        long busy = awaitPid("busy");

        post(mail("wait-v2@example.org", 2, "wait: fix the counter", "counter", "v2"));
        Runner.Summary second = runner.pollOnce();
        // Cancelled at once, while the slot is still taken.
        RunLedger ledger = new RunLedger(config.work().resolve("state/runs"));
        RunRecord v1 = ledger.get("wait-v1@example.org", 1).orElseThrow();
        assertThat(v1.status()).isEqualTo(RunStatus.SUPERSEDED);
        assertThat(v1.outcome()).startsWith("cancelled while queued: superseded by [v2]");
        assertThat(second.runs()).extracting(RunRecord::seriesId).containsExactly("wait-v1@example.org");
        assertThat(alive(busy)).isTrue();

        Files.writeString(signals.resolve("release"), "");
        runner.drainAll();
        assertThat(ledger.get("busy@example.org", 1).orElseThrow().status()).isEqualTo(RunStatus.DONE);
        assertThat(ledger.get("wait-v2@example.org", 2).orElseThrow().status()).isEqualTo(RunStatus.DONE);
        assertThat(ledger.get("wait-v1@example.org", 1).orElseThrow().attempts()).isZero();
        assertThat(reporter.started).doesNotContain("wait: fix the counter v1");
        assertThat(reporter.finished).containsExactlyInAnyOrder("busy: hold the only slot v1", "wait: fix the counter v2");
        assertThat(reporter.stopped).isEmpty();
    }

    private void post(String mail) throws IOException {
        Files.writeString(mbox, mail, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** One patch adding a file whose content is {@code tag}. */
    private static String mail(String id, int version, String subject, String file, String tag) {
        return """
                From dev Mon Sep 17 00:00:00 2001
                From: Dev One <dev@example.org>
                Date: Mon, 02 Nov 2026 12:0%2$d:00 +0000
                Subject: [PATCH v%2$d] %3$s
                Message-ID: <%1$s>
                To: list@example.org

                Changes the thing.

                Signed-off-by: Dev One <dev@example.org>
                ---
                diff --git a/%4$s b/%4$s
                new file mode 100644
                index 0000000..1111111
                --- /dev/null
                +++ b/%4$s
                @@ -0,0 +1 @@
                +%5$s

                """.formatted(id, version, subject, file, tag);
    }

    private long awaitPid(String tag) throws Exception {
        Path f = signals.resolve(tag + ".pid");
        for (int i = 0; i < 400; i++) {
            if (Files.exists(f) && !Files.readString(f).isBlank()) {
                return Long.parseLong(Files.readString(f).strip());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the build of " + tag + " never started");
    }

    private static boolean alive(long pid) throws IOException {
        Path stat = Path.of("/proc/" + pid + "/stat");
        if (!Files.exists(stat)) {
            return false;
        }
        String s;
        try {
            s = Files.readString(stat);
        } catch (IOException e) {
            return false; // exited while reading
        }
        // The state follows the command name in parentheses; a zombie is dead, just not reaped.
        return s.charAt(s.lastIndexOf(')') + 2) != 'Z';
    }

    private static boolean gone(long pid) throws Exception {
        for (int i = 0; i < 100 && alive(pid); i++) {
            Thread.sleep(50);
        }
        return !alive(pid);
    }

    private List<Path> workTrees() throws IOException {
        Path runs = config.work().resolve("runs");
        if (!Files.exists(runs)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(runs, 2)) {
            return s.filter(p -> p.getFileName().toString().startsWith("tree-")).toList();
        }
    }

    private static String hash(String messageId) {
        return new io.jenkins.plugins.patchworkci.series.SeriesId(messageId).shortHash();
    }

    /** git in {@code dir}, as Ann Author (test-support's {@link GitRepo}: the real git, a clean environment). */
    private static void git(Path dir, String... args) {
        GitRepo.in(dir).run(args);
    }
}
