package io.jenkins.plugins.patchworkci.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.patchworkci.job.BuildPlan;
import io.jenkins.plugins.patchworkci.job.Sandbox;
import io.jenkins.plugins.patchworkci.job.TestSuite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunConfigTest {

    private static final Path FILE = Path.of("/srv/pwci/pwci.yaml");

    @Test
    void aCompleteNetdevConfiguration() throws Exception {
        RunConfig c = RunConfig.parse(FILE, """
                work: state
                sources:
                  - patchwork: https://patchwork.kernel.org/
                    project: netdevbpf
                    tokenEnv: PW_TOKEN
                  - archive: https://lore.kernel.org/netdev/
                  - mbox: mail/netdev.mbox
                routing:
                  preset: netdev
                maintainers: linux/MAINTAINERS
                apply:
                  signOff: true
                  link: https://patch.msgid.link/%s
                build:
                  commands: [[make, -j2]]
                  perPatch: [[make, -j2, W=1]]
                  timeout: 20m
                  sandbox: bubblewrap
                  concurrency: 2
                  env: {ARCH: x86_64}
                checks:
                  checkpatch: {enabled: false}
                  series_format: {maxPatches: 15}
                reports:
                  publicUrl: https://ci.example.org/pwci/
                  shadow: true
                """, Map.of("PW_TOKEN", "s3cr3t-token"));
        assertThat(c.work()).isEqualTo(Path.of("/srv/pwci/state"));
        assertThat(c.sources()).extracting(RunConfig.SourceConfig::kind).containsExactly("patchwork", "archive", "mbox");
        assertThat(c.sources().get(0).token()).contains("s3cr3t-token");
        assertThat(c.sources().toString()).doesNotContain("s3cr3t");
        assertThat(c.sources().get(2).location()).isEqualTo("/srv/pwci/mail/netdev.mbox");
        assertThat(c.routing().trees()).hasSize(4);
        assertThat(c.maintainers()).contains(Path.of("/srv/pwci/linux/MAINTAINERS"));
        assertThat(c.signOff()).isTrue();
        assertThat(c.threeWay()).isTrue();
        assertThat(c.perPatchCommands()).containsExactly(List.of("make", "-j2", "W=1"));
        assertThat(c.timeout()).isEqualTo(Duration.ofMinutes(20));
        assertThat(c.sandbox()).isEqualTo(Sandbox.BUBBLEWRAP);
        assertThat(c.checks()).containsKeys("checkpatch", "series_format");
        assertThat(c.shadow()).isTrue();
    }

    @Test
    void eachTreeMayHaveItsOwnBuildAndTests() throws Exception {
        RunConfig c = RunConfig.parse(FILE, """
                routing:
                  preset: netdev
                build:
                  perPatch: [[make, -j2]]
                  tests:
                    - name: selftests-net
                      command: [make, -C, tools/testing/selftests, TARGETS=net, run_tests]
                  trees:
                    iproute2-next:
                      commands: [[./configure], [make]]
                      tests:
                        - name: testsuite
                          command: [make, -C, testsuite, junit]
                          format: junit
                          report: testsuite/results.xml
                          onBase: false
                """, Map.of());
        assertThat(c.build("net-next").perPatch()).containsExactly(List.of("make", "-j2"));
        assertThat(c.build("net-next").tests()).extracting(TestSuite::format).containsExactly("ktap");
        BuildPlan ip = c.build("iproute2-next");
        assertThat(ip.perPatch()).isEmpty();
        assertThat(ip.commands()).hasSize(2);
        assertThat(ip.tests()).singleElement().satisfies(t -> {
            assertThat(t.report()).contains("testsuite/results.xml");
            assertThat(t.onBase()).isFalse();
        });
        assertThatThrownBy(() -> RunConfig.parse(FILE, "build:\n  trees:\n    nope: {}\n", Map.of()))
                .hasMessageContaining("'nope' is not a configured tree");
        assertThatThrownBy(() -> RunConfig.parse(FILE, "build:\n  tests:\n    - name: x\n      command: [t]\n      format: junit\n", Map.of()))
                .hasMessageContaining("names its report file");
    }

    @Test
    void brokenRunsAreRetriedAsConfiguredOrFourTimesByDefault() throws Exception {
        RunRetryPolicy d = RunConfig.parse(FILE, "work: state\n", Map.of()).retry();
        assertThat(d).isEqualTo(RunRetryPolicy.DEFAULT);
        java.time.Instant t = java.time.Instant.parse("2026-11-25T10:00:00Z");
        assertThat(d.next(1, t)).contains(t.plus(java.time.Duration.ofMinutes(5)));
        assertThat(d.next(2, t)).contains(t.plus(java.time.Duration.ofMinutes(30)));
        assertThat(d.next(3, t)).contains(t.plus(java.time.Duration.ofHours(2)));
        assertThat(d.next(4, t)).as("the 4th attempt was the last").isEmpty();
        RunRetryPolicy c = RunConfig.parse(FILE, "build:\n  maxAttempts: 6\n  retryAfter: [1m, 90s]\n", Map.of()).retry();
        assertThat(c.maxAttempts()).isEqualTo(6);
        assertThat(c.next(4, t)).as("the last wait repeats").contains(t.plus(java.time.Duration.ofSeconds(90)));
        assertThat(RunConfig.parse(FILE, "build:\n  maxAttempts: 1\n", Map.of()).retry().next(1, t)).isEmpty();
        assertThatThrownBy(() -> RunConfig.parse(FILE, "build:\n  maxAttempts: 0\n", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("build.maxAttempts");
        assertThatThrownBy(() -> RunConfig.parse(FILE, "build:\n  retryAfter: [soon]\n", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("build.retryAfter").hasMessageContaining("soon");
    }

    @Test
    void errorsNameTheLineAndTheField() throws Exception {
        assertThatThrownBy(() -> RunConfig.parse(FILE, """
                work: state
                build:
                  commands: [[make]]
                  timeot: 20m
                """, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 4").hasMessageContaining("timeot");
        assertThatThrownBy(() -> RunConfig.parse(FILE, "sources:\n  - patchwork: https://x/\n", Map.of()))
                .hasMessageContaining("sources[1]").hasMessageContaining("needs a project");
        // An unset tokenEnv does not stop reading (apply and check need no token); it is a problem
        // that posting refuses on and config check reports.
        RunConfig noToken = RunConfig.parse(FILE, "sources:\n  - patchwork: https://x/\n    project: p\n    tokenEnv: NOPE\n", Map.of());
        assertThat(noToken.sources().get(0).token()).isEmpty();
        assertThat(noToken.problems()).singleElement().asString().contains("sources[1]").contains("NOPE, which is not set");
        assertThatThrownBy(() -> RunService.create(noToken, false, null, o -> { }, RunEvents.SILENT, java.time.Clock.systemUTC()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("needs a token").hasMessageContaining("NOPE, which is not set");
        assertThatThrownBy(() -> RunConfig.parse(FILE, "routing:\n  preset: nope\n", Map.of()))
                .hasMessageContaining("routing: unknown preset 'nope'");
        assertThatThrownBy(() -> RunConfig.parse(FILE, "build:\n  commands: [[]]\n", Map.of()))
                .hasMessageContaining("build.commands");
        assertThatThrownBy(() -> RunConfig.parse(FILE, "build:\n  env: {'A B': x}\n", Map.of()))
                .hasMessageContaining("not a variable name");
        // HOME and TMPDIR are the run's scratch: a build may not be pointed at the operator's home.
        assertThatThrownBy(() -> RunConfig.parse(FILE, "build:\n  env: {HOME: /root}\n", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("build.env: HOME cannot be set");
        assertThatThrownBy(() -> RunConfig.parse(FILE, "build:\n  env: {TMPDIR: /tmp}\n", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("build.env: TMPDIR cannot be set");
    }
}
