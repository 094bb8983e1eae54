package io.jenkins.plugins.patchworkci.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.apply.MirrorCache;
import io.jenkins.plugins.patchworkci.check.CheckRegistry;
import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.demo.DemoWorkspace;
import io.jenkins.plugins.patchworkci.intake.SeriesOrigin;
import io.jenkins.plugins.patchworkci.intake.SeriesReader;
import io.jenkins.plugins.patchworkci.job.Bubblewrap;
import io.jenkins.plugins.patchworkci.job.Sandbox;
import io.jenkins.plugins.patchworkci.report.Run;
import io.jenkins.plugins.patchworkci.series.Series;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue #11 through the whole job: {@code build_warnings} re-runs the configured build in the
 * patched tree, and with {@code build.sandbox: bubblewrap} it must run inside the sandbox as the
 * {@code build} check does. The build here tries to write a marker outside the work tree (under the
 * build directory, not /tmp): without a sandbox it does, which is what makes the test able to fail.
 */
class ConfinedChecksRunTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(Sandbox.class)
    void buildWarningsRunsInTheConfiguredSandbox(Sandbox sandbox) throws Exception {
        if (sandbox == Sandbox.BUBBLEWRAP) {
            Bubblewrap.require();
        }
        Path outside = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "confine-");
        Path marker = outside.resolve("escaped");
        try {
            DemoWorkspace demo = DemoWorkspace.create(tmp.resolve("demo"));
            String yaml = Files.readString(demo.config());
            String confined = yaml.replace("    - [make, -s]\n",
                    "    - [sh, -c, \"(echo escaped >> " + marker + ") 2>/dev/null; make -s\"]\n"
                            + "  sandbox: " + sandbox.name().toLowerCase(java.util.Locale.ROOT) + "\n");
            assertThat(confined).isNotEqualTo(yaml);
            Files.writeString(demo.config(), confined);
            RunConfig config = RunConfig.read(demo.config(), Map.of());
            SeriesReader.Read read = SeriesReader.withDefaults().read(demo.mailbox());
            List<Series> all = SeriesReader.assemble(read.messages()).series();
            Series clean = all.stream().filter(s -> s.subject().equals("net: add sock_recv()")).findFirst().orElseThrow();
            Run run = new SeriesRun(config, new MirrorCache(config.work().resolve("mirrors")), CheckRegistry.builtIn(),
                    List.of(), Clock.systemUTC()).call(clean, SeriesOrigin.mail("demo"), read::recipients, all);
            assertThat(state(run, "build")).isEqualTo(CheckState.SUCCESS);
            assertThat(state(run, "build_warnings")).as("the confined build still builds").isEqualTo(CheckState.SUCCESS);
            if (sandbox == Sandbox.NONE) {
                assertThat(marker).as("unconfined, the build writes outside its tree").exists();
            } else {
                assertThat(marker).as("neither the build nor build_warnings writes outside the tree").doesNotExist();
            }
        } finally {
            try (Stream<Path> files = Files.walk(outside)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static CheckState state(Run run, String check) {
        return run.results().stream().filter(r -> r.check().equals(check)).map(CheckResult::state)
                .reduce(CheckState.SUCCESS, CheckState::worst);
    }
}
