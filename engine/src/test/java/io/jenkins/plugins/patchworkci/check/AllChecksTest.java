package io.jenkins.plugins.patchworkci.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.route.TreeRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every built-in check over one applied series in a small kernel-like tree with the real scripts,
 * through {@link RunChecks}: each enabled check answers for each patch, and a clean patch is clean
 * everywhere.
 */
class AllChecksTest {

    @TempDir
    Path dir;

    @Test
    void aCleanSeriesPassesEveryCheck() throws Exception {
        KernelSource.populate(dir, "NETWORKING DRIVERS\nM:\tJakub Kicinski <kuba@kernel.org>\n"
                + "L:\tnetdev@vger.kernel.org\nF:\tdrivers/net/\nF:\tinclude/net/\n\nTHE REST\n"
                + "L:\tlinux-kernel@vger.kernel.org\nF:\t*\nF:\t*/\n");
        try (CommittedSeries f = new CommittedSeries(dir)) {
            f.git.add().addFilepattern(".").call();
            String c = "// SPDX-License-Identifier: GPL-2.0\n#include \"foo.h\"\n\nint foo(void)\n{\n\treturn FOO;\n}\n";
            f.base(Map.of("drivers/net/foo.c", c, "drivers/net/foo.h", "/* SPDX-License-Identifier: GPL-2.0 */\n"
                    + "#define FOO 1\nint foo(void);\n", "drivers/net/Makefile", "foo.o: foo.c foo.h\n"
                    + "\tgcc -Wall -c -o foo.o foo.c\n"));
            f.recipients = List.of("kuba@kernel.org", "netdev@vger.kernel.org", "ada@example.org");
            String sob = "Signed-off-by: Ada Lovelace <ada@example.org>\n";
            f.patch("net: foo: return two", "Two is better.\n\n" + sob,
                    Map.of("drivers/net/foo.h", "/* SPDX-License-Identifier: GPL-2.0 */\n#define FOO 2\nint foo(void);\n"));
            f.patch("net: foo: return the sum", "Add one.\n\n" + sob,
                    Map.of("drivers/net/foo.c", c.replace("return FOO;", "return FOO + 1;")));
            CheckContext ctx = f.context("net-next", TreeRole.DEVELOPMENT).coverLetter(false)
                    .apply(ApplyOutcome.applied("git-am", "2 patches")).build();
            CheckConfig config = CheckConfig.defaults()
                    .option("build_warnings", "command", List.of("make", "-C", "drivers/net", "foo.o"))
                    .option("cc_maintainers", "args", List.of("--no-git", "--no-git-fallback"));
            List<CheckResult> results = new RunChecks(CheckRegistry.builtIn(), config).call(ctx);
            Map<String, List<CheckResult>> byCheck = results.stream()
                    .collect(Collectors.groupingBy(CheckResult::check));
            assertThat(byCheck.keySet()).containsExactlyInAnyOrder("apply", "series_format", "fixes_present",
                    "verify_signedoff", "verify_fixes", "source_inline", "header_inline", "deprecated_api",
                    "checkpatch", "cc_maintainers", "kdoc", "maintainers", "check_selftest", "build_warnings");
            assertThat(byCheck.values()).allSatisfy(r -> assertThat(r).extracting(CheckResult::patch)
                    .containsExactly(1, 2));
            assertThat(results).allSatisfy(r -> assertThat(r.state()).as(r.check() + ": " + r.description())
                    .isEqualTo(CheckState.SUCCESS));
        }
    }
}
