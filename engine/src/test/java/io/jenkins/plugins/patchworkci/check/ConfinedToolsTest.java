package io.jenkins.plugins.patchworkci.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.patchworkci.job.Bubblewrap;
import io.jenkins.plugins.patchworkci.job.Sandbox;
import io.jenkins.plugins.patchworkci.route.TreeRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue #11: a series that rewrites the tree's own scripts (checkpatch.pl, kernel-doc,
 * get_maintainer.pl) or the Makefile build_warnings runs gets them run by the checks. Each hostile
 * version here writes a marker file outside the work tree: with {@code sandbox: none} it does (so
 * the test can fail), inside bubblewrap it cannot, while the tool still does its job and the check
 * still reports. The marker lives under the build directory, not /tmp, so it is the sandbox's
 * read-only view of the system that stops it, not just its private /tmp.
 */
class ConfinedToolsTest {

    private static final String SOB = "Signed-off-by: Ada Lovelace <ada@example.org>\n";
    private static final String C_FILE = "int foo(void)\n{\n\treturn 0;\n}\n";

    @TempDir
    Path dir;
    Path outside;
    Path marker;

    @BeforeEach
    void outside() throws IOException {
        outside = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "confine-");
        marker = outside.resolve("escaped");
    }

    @AfterEach
    void clean() throws IOException {
        try (Stream<Path> all = Files.walk(outside)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void requireUsable(Sandbox sandbox) throws Exception {
        if (sandbox == Sandbox.BUBBLEWRAP) {
            Bubblewrap.require();
        }
    }

    /** A Perl prologue that tries to leave a mark outside the tree, then carries on as the tool. */
    private String hostile(String rest) {
        return "#!/usr/bin/perl\n"
                + "if (open(my $m, '>', '" + marker + "')) { print $m \"escaped\\n\"; close $m; }\n"
                + rest;
    }

    private static final String CHECKPATCH = "my $n = () = <STDIN>;\n"
            + "print \"total: 0 errors, 0 warnings, 0 checks, $n lines checked\\n\";\n";
    /** Names one warning per file, quoting its first line: proves the scratch copies were readable. */
    private static final String KDOC = "for my $f (grep { !/^-/ } @ARGV) {\n"
            + "  open(my $in, '<', $f) or die \"cannot read $f\";\n"
            + "  my $first = <$in>; chomp $first;\n"
            + "  print STDERR \"$f:1: warning: starts with '$first'\\n\";\n"
            + "}\n";
    /** Names a maintainer only when it could read the mail it was given. */
    private static final String GET_MAINTAINER = "open(my $in, '<', $ARGV[-1]) or die \"cannot read $ARGV[-1]\";\n"
            + "my $mail = join('', <$in>);\n"
            + "print \"Reader One <reader\\@example.org> (maintainer:FOO)\\n\" if $mail =~ /^Subject: /m;\n";

    private CommittedSeries series() throws Exception {
        CommittedSeries f = new CommittedSeries(dir);
        Map<String, String> base = new LinkedHashMap<>();
        base.put("scripts/checkpatch.pl", "#!/usr/bin/perl\n" + CHECKPATCH);
        base.put("scripts/kernel-doc", "#!/usr/bin/perl\n" + KDOC);
        base.put("scripts/get_maintainer.pl", "#!/usr/bin/perl\n" + GET_MAINTAINER);
        base.put("foo.c", C_FILE);
        f.base(base);
        f.patch("scripts: improve the tools", "Rewrites the tools and touches foo.\n\n" + SOB, Map.of(
                "scripts/checkpatch.pl", hostile(CHECKPATCH),
                "scripts/kernel-doc", hostile(KDOC),
                "scripts/get_maintainer.pl", hostile(GET_MAINTAINER),
                "foo.c", "/* foo */\n" + C_FILE));
        return f;
    }

    private CheckContext context(CommittedSeries f, Sandbox sandbox) throws IOException {
        BuildEnvironment env = BuildEnvironment.in(outside.resolve("scratch"), Map.of("PWCI_PROBE", "from-build-env"));
        return f.context("net-next", TreeRole.DEVELOPMENT)
                .launcher(sandbox.launcher(env, Duration.ofMinutes(2))).build();
    }

    @ParameterizedTest
    @EnumSource(Sandbox.class)
    void patchedCheckpatchRunsConfined(Sandbox sandbox) throws Exception {
        requireUsable(sandbox);
        try (CommittedSeries f = series()) {
            List<CheckResult> r = new CheckpatchCheck().run(context(f, sandbox), CheckOptions.none("checkpatch"));
            assertThat(r).extracting(CheckResult::state).containsExactly(CheckState.SUCCESS);
            assertThat(r.get(0).description()).startsWith("total: 0 errors, 0 warnings, 0 checks");
            assertEscaped(sandbox);
        }
    }

    @ParameterizedTest
    @EnumSource(Sandbox.class)
    void patchedKernelDocRunsConfinedAndReadsItsScratchCopies(Sandbox sandbox) throws Exception {
        requireUsable(sandbox);
        try (CommittedSeries f = series()) {
            List<CheckResult> r = new KdocCheck().run(context(f, sandbox), CheckOptions.none("kdoc"));
            assertThat(r).hasSize(1);
            // Before the patch foo.c started with "int foo(void)", after it with the comment: one new warning.
            assertThat(r.get(0).details()).contains("starts with '/* foo */'");
            assertThat(r.get(0).description()).contains("before: 1 this patch: 1");
            assertEscaped(sandbox);
        }
    }

    @ParameterizedTest
    @EnumSource(Sandbox.class)
    void patchedGetMaintainerRunsConfinedAndReadsTheMail(Sandbox sandbox) throws Exception {
        requireUsable(sandbox);
        try (CommittedSeries f = series()) {
            List<CheckResult> r = new CcMaintainersCheck().run(context(f, sandbox), CheckOptions.none("cc_maintainers"));
            assertThat(r).hasSize(1);
            assertThat(r.get(0).description()).isEqualTo("1 maintainers not CCed: reader@example.org");
            assertEscaped(sandbox);
        }
    }

    @ParameterizedTest
    @EnumSource(Sandbox.class)
    void patchedMakefileBuildsConfinedWithTheBuildEnvironment(Sandbox sandbox) throws Exception {
        requireUsable(sandbox);
        assumeTrue(Programs.command(List.of("make", "--version")).call().succeeded(), "make is not installed");
        try (CommittedSeries f = new CommittedSeries(dir)) {
            f.base(Map.of("Makefile", "all:\n\t@echo built\n", ".gitignore", "probe.txt\n"));
            f.patch("build: record the environment", SOB, Map.of("Makefile", "all:\n"
                    + "\t@echo '$(PWCI_PROBE)' > probe.txt\n"
                    + "\t@echo escaped > " + marker + " 2>/dev/null || true\n"));
            List<CheckResult> r = new BuildWarningsCheck().run(context(f, sandbox),
                    new CheckOptions("build_warnings", Map.of("command", List.of("make"))));
            assertThat(r).extracting(CheckResult::state).containsExactly(CheckState.SUCCESS);
            assertThat(Files.readString(dir.resolve("probe.txt"))).isEqualTo("from-build-env\n");
            assertEscaped(sandbox);
        }
    }

    @Test
    void buildWarningsTakesTheLaunchersBuildTimeout() throws Exception {
        assumeTrue(Programs.command(List.of("make", "--version")).call().succeeded(), "make is not installed");
        try (CommittedSeries f = new CommittedSeries(dir)) {
            f.base(Map.of("Makefile", "all:\n\t@echo built\n"));
            f.patch("build: take forever", SOB, Map.of("Makefile", "all:\n\tsleep 60\n"));
            CheckContext context = f.context("net-next", TreeRole.DEVELOPMENT)
                    .launcher(Sandbox.NONE.launcher(BuildEnvironment.in(outside.resolve("scratch"), Map.of()),
                            Duration.ofSeconds(1))).build();
            long start = System.nanoTime();
            List<CheckResult> r = new BuildWarningsCheck().run(context,
                    new CheckOptions("build_warnings", Map.of("command", List.of("make"))));
            assertThat(r).extracting(CheckResult::state).containsExactly(CheckState.FAIL);
            assertThat(r.get(0).description()).startsWith("build timed out");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        }
    }

    @Test
    void aContextWithoutALauncherStartsNoProgram() throws Exception {
        try (CommittedSeries f = series()) {
            CheckContext context = CheckContext.builder("s", "net-next", TreeRole.DEVELOPMENT)
                    .workTree(f.dir, f.base).patches(f.patches).build();
            assertThat(context.launcher()).isSameAs(ToolLauncher.UNSET);
            List<CheckResult> r = new CheckpatchCheck().run(context, CheckOptions.none("checkpatch"));
            assertThat(r).extracting(CheckResult::state).containsExactly(CheckState.WARNING);
            assertThat(r.get(0).description()).startsWith("check could not run");
            assertThat(r.get(0).details()).contains("no ToolLauncher");
            assertThat(marker).as("the patched checkpatch.pl never started").doesNotExist();
        }
    }

    private void assertEscaped(Sandbox sandbox) {
        if (sandbox == Sandbox.NONE) {
            assertThat(marker).as("unconfined, the patched tool writes outside the tree").exists();
        } else {
            assertThat(marker).as("confined, the patched tool cannot write outside the tree").doesNotExist();
        }
    }
}
