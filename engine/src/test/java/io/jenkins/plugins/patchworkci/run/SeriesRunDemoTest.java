package io.jenkins.plugins.patchworkci.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.apply.MirrorCache;
import io.jenkins.plugins.patchworkci.check.CheckRegistry;
import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.demo.DemoWorkspace;
import io.jenkins.plugins.patchworkci.intake.SeriesOrigin;
import io.jenkins.plugins.patchworkci.intake.SeriesReader;
import io.jenkins.plugins.patchworkci.report.Run;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.series.Assembly;
import io.jenkins.plugins.patchworkci.series.Series;
import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job on the demo's day of mail, with real git, make and gcc: each series gets the
 * outcome the demo promises.
 */
class SeriesRunDemoTest {

    @TempDir
    static Path tmp;

    private static DemoWorkspace demo;
    private static RunConfig config;
    private static SeriesReader.Read read;
    private static List<Series> all;
    private static SeriesRun job;

    @BeforeAll
    static void setUp() throws Exception {
        demo = DemoWorkspace.create(tmp.resolve("demo"));
        config = RunConfig.read(demo.config(), Map.of());
        read = SeriesReader.withDefaults().read(demo.mailbox());
        Assembly a = SeriesReader.assemble(read.messages());
        all = a.series();
        job = new SeriesRun(config, new MirrorCache(config.work().resolve("mirrors")), CheckRegistry.builtIn(), List.of(),
                Clock.systemUTC());
    }

    private static Series series(String subject, int version) {
        return all.stream().filter(s -> s.subject().equals(subject) && s.version() == version).findFirst().orElseThrow(
                () -> new AssertionError("no series '" + subject + "' v" + version + " in " + all.stream().map(Series::subject).toList()));
    }

    private static Run run(Series s) throws Exception {
        return job.call(s, SeriesOrigin.mail("demo"), read::recipients, all);
    }

    private static CheckState state(Run run, String check) {
        return run.results().stream().filter(r -> r.check().equals(check)).map(CheckResult::state)
                .reduce(CheckState.SUCCESS, CheckState::worst);
    }

    @Test
    void theDayHasNineSeries() {
        assertThat(read.errors()).isEmpty();
        assertThat(all).hasSize(9);
    }

    @Test
    void aCleanSeriesAppliesBuildsAndPasses() throws Exception {
        Run run = run(series("net: add sock_recv()", 1));
        assertThat(run.tree()).contains("net-next");
        assertThat(run.apply().applied()).isTrue();
        assertThat(run.apply().commits()).hasSize(2);
        assertThat(state(run, "build")).isEqualTo(CheckState.SUCCESS);
        assertThat(state(run, "build_warnings")).isEqualTo(CheckState.SUCCESS);
        assertThat(state(run, "verify_signedoff")).isEqualTo(CheckState.SUCCESS);
        assertThat(Files.readString(job.reportDir(series("net: add sock_recv()", 1)).resolve("index.html")))
                .contains("net: add sock_recv()");
        assertThat(job.reportDir(series("net: add sock_recv()", 1)).resolve("run.json")).exists();
        assertThat(run.series().links().archive()).as("the demo's mailbox was never on an archive").isNull();
        assertThat(Files.readString(job.reportDir(series("net: add sock_recv()", 1)).resolve("index.html")))
                .doesNotContain("Archive thread");
    }

    @Test
    void aNewWarningFailsBuildWarnings() throws Exception {
        Run run = run(series("net: dev: prepare to count drops", 1));
        assertThat(run.apply().applied()).isTrue();
        assertThat(state(run, "build")).isEqualTo(CheckState.SUCCESS);
        assertThat(state(run, "build_warnings")).isEqualTo(CheckState.FAIL);
    }

    @Test
    void aPatchThatDoesNotApplySaysWhere() throws Exception {
        Run run = run(series("net: dev: document the queue length", 1));
        assertThat(run.apply().applied()).isFalse();
        assertThat(run.apply().failure().file()).isEqualTo("net/core/dev.c");
        assertThat(state(run, "apply")).isEqualTo(CheckState.FAIL);
    }

    @Test
    void aStaleSeriesFailsApplyButIsBuiltAndCheckedAtItsBaseCommit() throws Exception {
        Run run = run(series("net: dev: shorter default queue", 1));
        String tip = git(demo.netNextRepository(), "rev-parse", "main");
        String base = git(demo.netNextRepository(), "rev-parse", "main~1");

        assertThat(run.tree()).contains("net-next");
        assertThat(run.plan().base()).contains(tip);
        assertThat(run.apply().applied()).isFalse();
        assertThat(run.apply().tip().commit()).isEqualTo(tip);
        assertThat(run.apply().tip().committed()).isNotNull();
        assertThat(run.apply().atBaseCommit().commit()).isEqualTo(base);
        assertThat(run.apply().atBaseCommit().commits()).hasSize(1);
        assertThat(run.apply().failure().file()).isEqualTo("net/core/dev.c");
        assertThat(run.apply().failure().actual()).contains("queue_max");
        CheckResult apply = run.results().stream().filter(r -> r.check().equals("apply")).findFirst().orElseThrow();
        assertThat(apply.state()).isEqualTo(CheckState.FAIL);
        assertThat(apply.description()).contains("applies at its base-commit " + base.substring(0, 12)
                + ", not at net-next " + tip.substring(0, 12) + ": needs a rebase");
        // Built there, and every other verdict says where it was made.
        assertThat(state(run, "build")).isEqualTo(CheckState.SUCCESS);
        assertThat(run.results()).filteredOn(r -> !r.check().equals("apply"))
                .allSatisfy(r -> assertThat(r.description()).startsWith("at base-commit " + base.substring(0, 12) + ": "));
    }

    /** git in {@code repo}, as Ann Author (test-support's {@link GitRepo}: the real git, a clean environment). */
    private static String git(Path repo, String... args) {
        return GitRepo.in(repo).run(args).strip();
    }

    @Test
    void theFixGoesToNetAndTheKnobBringsItsCompanion() throws Exception {
        Run fix = run(series("net: sock: do not return a negative count", 1));
        assertThat(fix.tree()).contains("net");
        assertThat(state(fix, "verify_fixes")).isEqualTo(CheckState.SUCCESS);
        Run knob = run(series("net: settable queue length", 1));
        assertThat(knob.tree()).contains("net-next");
        assertThat(knob.plan().companions()).singleElement().satisfies(p -> {
            assertThat(p.tree().map(Tree::name)).contains("iproute2-next");
            assertThat(p.label()).startsWith("ip: show that the queue length is settable"
                    + " (the kernel series names iproute2-next; same author, posted ");
        });
        assertThat(fix.plan().companions()).as("the fix has the same author and time, but no evidence").isEmpty();
    }

    @Test
    void version2FixesTheWarningOfVersion1() throws Exception {
        assertThat(state(run(series("demo: polish", 1)), "build_warnings")).isEqualTo(CheckState.FAIL);
        assertThat(state(run(series("demo: polish", 2)), "build_warnings")).isEqualTo(CheckState.SUCCESS);
    }
}
