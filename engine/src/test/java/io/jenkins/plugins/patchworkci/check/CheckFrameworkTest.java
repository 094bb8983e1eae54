package io.jenkins.plugins.patchworkci.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.patchworkci.check.results.SuiteRun;
import io.jenkins.plugins.patchworkci.check.results.TestProgsParser;
import io.jenkins.plugins.patchworkci.check.results.TestOutcome;
import io.jenkins.plugins.patchworkci.route.TreeRole;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The registry, configuration by name, the run over all checks, and how tools are run. */
class CheckFrameworkTest {

    private static final String SOB = "Signed-off-by: Ada Lovelace <ada@example.org>\n";

    @Test
    void builtInsAreRegisteredByNipaName() {
        assertThat(CheckRegistry.builtIn().names()).containsExactly("apply", "tree_selection", "series_format",
                "fixes_present", "verify_signedoff", "verify_fixes", "source_inline", "header_inline", "deprecated_api",
                "checkpatch", "cc_maintainers", "kdoc", "maintainers", "check_selftest", "build_warnings", "tests");
        assertThatThrownBy(() -> CheckRegistry.builtIn().register(new SourceInlineCheck(), true))
                .hasMessageContaining("already registered");
    }

    @Test
    void configurationEnablesDisablesAndRejectsUnknownNames() {
        CheckRegistry r = CheckRegistry.builtIn().register(new BuildWarningsCheck("build_clang"), false);
        CheckConfig c = CheckConfig.fromMap(Map.of("checkpatch", Map.of("enabled", false),
                "build_clang", Map.of("enabled", true, "command", List.of("make", "CC=clang")), "kdoc", false));
        List<String> names = r.enabled(c).stream().map(Check::name).toList();
        assertThat(names).doesNotContain("checkpatch", "kdoc").contains("build_clang", "source_inline");
        assertThat(c.options("build_clang").list("command", List.of())).containsExactly("make", "CC=clang");
        assertThat(r.enabled(CheckConfig.defaults()).stream().map(Check::name)).doesNotContain("build_clang");
        assertThatThrownBy(() -> r.enabled(CheckConfig.defaults().disable("checkpach")))
                .hasMessageContaining("no check named checkpach");
    }

    @Test
    void optionsAreTypedAndNameTheirCheck() {
        CheckOptions o = new CheckOptions("series_format", Map.of("maxPatches", "x", "flag", "yes", "state", "warning"));
        assertThatThrownBy(() -> o.integer("maxPatches", 15)).hasMessage(
                "check series_format: option maxPatches must be a whole number, not 'x'");
        assertThat(o.flag("flag", false)).isTrue();
        assertThat(o.state("state", CheckState.FAIL)).isEqualTo(CheckState.WARNING);
        assertThat(o.list("missing", List.of("d"))).containsExactly("d");
    }

    @Test
    void runChecksRunsEnabledChecksAndTurnsBrokenOnesIntoWarnings() throws Exception {
        PatchUnderTest p = Patches.of(1, SOB, Patches.diff("net/x.c", List.of(), List.of("inline int x;")));
        CheckRegistry r = CheckRegistry.empty().register(new SourceInlineCheck(), true).register(new Check() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public List<CheckResult> run(CheckContext context, CheckOptions options) throws IOException {
                throw new IOException("tool exploded");
            }
        }, true);
        List<CheckResult> results = new RunChecks(r, CheckConfig.defaults()).call(Patches.context(p));
        assertThat(results).extracting(CheckResult::check).containsExactly("source_inline", "broken");
        assertThat(results.get(0).state()).isEqualTo(CheckState.FAIL);
        assertThat(results.get(1).state()).isEqualTo(CheckState.WARNING);
        assertThat(results.get(1).description()).isEqualTo("check could not run: tool exploded");
    }

    @Test
    void aPatchTheCheckCannotJudgeDoesNotCostTheOthersTheirVerdicts() throws Exception {
        PatchCheck picky = new PatchCheck("picky") {
            @Override
            protected Verdict check(PatchUnderTest patch, CheckContext context, CheckOptions options)
                    throws IOException {
                if (patch.number() == 2) {
                    throw new IOException("tool crashed on patch 2");
                }
                if (patch.number() == 3) {
                    throw new IllegalStateException("a bug");
                }
                return Verdict.success("fine");
            }
        };
        CheckContext ctx = Patches.context(Patches.of(1, SOB, ""), Patches.of(2, SOB, ""), Patches.of(3, SOB, ""));
        List<CheckResult> r = new RunChecks(CheckRegistry.empty().register(picky, true), CheckConfig.defaults())
                .call(ctx);
        assertThat(r).extracting(CheckResult::state)
                .containsExactly(CheckState.SUCCESS, CheckState.WARNING, CheckState.WARNING);
        assertThat(r.get(1).description()).isEqualTo("check could not run: tool crashed on patch 2");
    }

    @Test
    void testSuitesAreReportedUnderTheirOwnNames() throws Exception {
        var base = TestProgsParser.parse("#1 a:OK\n#2 b:OK\n");
        var series = TestProgsParser.parse("#1 a:OK\n#2 b:FAIL\n");
        CheckContext ctx = CheckContext.builder("s", "bpf-next", TreeRole.DEVELOPMENT)
                .patch(Patches.of(1, SOB, "")).patch(Patches.of(2, SOB, ""))
                .testRun(new SuiteRun("test_progs", Optional.of(base), series, Optional.of(n -> TestOutcome.FAIL)))
                .build();
        List<CheckResult> r = new TestResultsCheck().run(ctx, new CheckOptions("tests", Map.of("retries", 1)));
        assertThat(r).extracting(CheckResult::check).containsOnly("test_progs");
        assertThat(r).extracting(CheckResult::patch).containsExactly(1, 2);
        assertThat(r.get(0).state()).isEqualTo(CheckState.FAIL);
        assertThat(r.get(0).description()).startsWith("1 regression(s): b");
    }

    @Test
    void toolsRunWithoutAShellInAClearedEnvironment() throws Exception {
        ToolLauncher launcher = Programs.direct();
        ToolOutput env = Programs.command(List.of("env")).launchedBy(launcher).call();
        // The one build environment: HOME and TMPDIR in its scratch, nothing of this process's own.
        assertThat(env.stdout().lines().map(l -> l.substring(0, l.indexOf('='))).toList())
                .containsExactlyInAnyOrder("PATH", "HOME", "TMPDIR", "LANG");
        assertThat(env.stdout()).contains("HOME=" + launcher.environment().home() + "\n",
                "TMPDIR=" + launcher.environment().tmp() + "\n", "LANG=C\n");
        ToolOutput noShell = Programs.command(List.of("echo", "$(touch /tmp/pwned); `id`")).call();
        assertThat(noShell.stdout()).isEqualTo("$(touch /tmp/pwned); `id`\n");
    }

    @Test
    void toolsAreBoundedInTimeAndOutput() throws Exception {
        ToolOutput slow = Programs.command(List.of("sleep", "30")).timeout(Duration.ofMillis(300)).call();
        assertThat(slow.timedOut()).isTrue();
        assertThat(slow.exitCode()).isEqualTo(-1);
        ToolOutput big = Programs.command(List.of("head", "-c", "1000000", "/dev/zero")).maxOutput(4096).call();
        assertThat(big.stdout()).hasSize(4096);
        assertThat(big.truncated()).isTrue();
        assertThat(big.succeeded()).as("the tool was drained, not blocked").isTrue();
        ToolOutput deaf = Programs.command(List.of("sleep", "30")).input(new byte[1 << 20])
                .timeout(Duration.ofMillis(300)).call();
        assertThat(deaf.timedOut()).as("unread input does not block the time limit").isTrue();
        ToolOutput in = Programs.command(List.of("cat")).input("from stdin".getBytes()).call();
        assertThat(in.stdout()).isEqualTo("from stdin");
    }

    @Test
    void patchUnderTestFromTheMailModel() {
        var info = new io.jenkins.plugins.patchworkci.mail.MailInfo("Ada Lovelace", "ada@example.org",
                "net: fix foo", "Mon, 1 Jan 2024 00:00:00 +0000", "Fix it.\n\n" + SOB,
                "diff --git a/x.c b/x.c\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var message = new io.jenkins.plugins.patchworkci.mail.Message("id@x", Optional.empty(), List.of(),
                new io.jenkins.plugins.patchworkci.mail.Address("Ada Lovelace", "ada@example.org"),
                "[PATCH net] net: fix foo", info);
        var prefix = new io.jenkins.plugins.patchworkci.mail.SubjectPrefix(List.of("PATCH", "net"), Optional.of("net"),
                1, 1, 1, false, false, false);
        var patch = new io.jenkins.plugins.patchworkci.mail.Patch(message, prefix,
                List.of(new io.jenkins.plugins.patchworkci.mail.Trailer("Signed-off-by", "Ada Lovelace <ada@example.org>")),
                "0".repeat(40), Optional.empty(), List.of(), List.of());
        PatchUnderTest p = PatchUnderTest.of(1, patch,
                List.of(new io.jenkins.plugins.patchworkci.mail.Address("", "netdev@vger.kernel.org")), Optional.of("abc"));
        assertThat(p.subject()).isEqualTo("net: fix foo");
        assertThat(p.recipients()).containsExactly("netdev@vger.kernel.org", "ada@example.org");
        assertThat(p.trailers("signed-off-by")).hasSize(1);
        assertThat(p.asMail()).startsWith("From: Ada Lovelace <ada@example.org>\nSubject: [PATCH] net: fix foo\n\n"
                + "Fix it.\n").contains("\n---\ndiff --git a/x.c b/x.c\n");
    }

    @Test
    void aPatchsDiffIsParsedOnceHoweverManyChecksReadItAndThePatchStaysAValue() {
        String diff = Patches.diff("net/x.c", List.of(), List.of("inline int x;"));
        PatchUnderTest p = Patches.of(1, SOB, diff);
        assertThat(p.parsedDiff()).isSameAs(p.parsedDiff()).isEqualTo(Diff.parse(diff));
        assertThat(p.parsedDiff().paths()).containsExactly("net/x.c");

        PatchUnderTest same = Patches.of(1, SOB, diff);
        assertThat(same).isEqualTo(p).hasSameHashCodeAs(p).isNotSameAs(p);
        assertThat(Patches.of(1, SOB, diff + " ")).isNotEqualTo(p);
        p.diff()[0] = 'X';
        assertThat(p.diffText()).isEqualTo(diff);
    }

    @Test
    void contextChecksPatchNumbering() {
        assertThatThrownBy(() -> CheckContext.builder("s", "net", TreeRole.FIXES).patch(Patches.of(2, SOB, "")).build())
                .hasMessageContaining("patch 1 is numbered 2");
    }
}
