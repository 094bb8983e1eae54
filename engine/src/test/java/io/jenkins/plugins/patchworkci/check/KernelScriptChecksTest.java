package io.jenkins.plugins.patchworkci.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.route.TreeRole;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * checkpatch, cc_maintainers and kdoc with the kernel's real scripts (linux-source-6.1), copied
 * into a small generated tree that looks like the top of a kernel tree to them.
 */
class KernelScriptChecksTest {

    private static final String SOB = "Signed-off-by: Ada Lovelace <ada@example.org>\n";
    private static final String DRIVER = """
            // SPDX-License-Identifier: GPL-2.0
            #include <linux/kernel.h>

            /**
             * foo_add() - add two numbers
             * @a: the first
             * @b: the second
             *
             * Return: the sum
             */
            int foo_add(int a, int b)
            {
            \treturn a + b;
            }
            """;

    @TempDir
    Path dir;
    CommittedSeries f;

    @BeforeEach
    void tree() throws Exception {
        KernelSource.populate(dir, KernelSource.NET_DRIVERS_MAINTAINERS);
        f = new CommittedSeries(dir);
        Map<String, String> base = new LinkedHashMap<>();
        base.put("drivers/net/foo.c", DRIVER);
        f.git.add().addFilepattern(".").call();
        f.base(base);
    }

    @Test
    void checkpatchPassesWarnsAndFails() throws Exception {
        f.patch("net: foo: return the sum explicitly", "Name the sum before returning it.\n\n" + SOB,
                Map.of("drivers/net/foo.c", DRIVER.replace("\treturn a + b;", "\tint sum = a + b;\n\n\treturn sum;")));
        f.patch("net: foo: long line", "Add a long line.\n\n" + SOB, Map.of("drivers/net/foo.c",
                DRIVER.replace("\treturn a + b;", "\treturn a + b + a + b + a + b + a + b + a + b + a + b + a + b + a + b"
                        + " + a + b;")));
        f.patch("net: foo: no sign-off", "Forgot the sign-off.\n",
                Map.of("drivers/net/foo.c", DRIVER.replace("return a + b;", "return b + a;")));
        List<CheckResult> r = new CheckpatchCheck().run(f.context("net-next", TreeRole.DEVELOPMENT).build(),
                CheckOptions.none("checkpatch"));
        assertThat(r).extracting(CheckResult::state)
                .containsExactly(CheckState.SUCCESS, CheckState.WARNING, CheckState.FAIL);
        assertThat(r.get(0).description()).isEqualTo("total: 0 errors, 0 warnings, 0 checks");
        assertThat(r.get(1).description()).startsWith("total: 0 errors, 1 warnings, 0 checks; WARNING:LONG_LINE:");
        assertThat(r.get(2).description()).contains("ERROR:MISSING_SIGN_OFF");

        CheckOptions ignoreLong = new CheckOptions("checkpatch", Map.of("ignore", List.of("LONG_LINE")));
        assertThat(new CheckpatchCheck().run(f.context("net-next", TreeRole.DEVELOPMENT).build(), ignoreLong).get(1)
                .state()).as("ignored types are configurable").isEqualTo(CheckState.SUCCESS);
    }

    @Test
    void ccMaintainersReportsWhoWasNotCopied() throws Exception {
        String body = "Change it.\n\n" + SOB;
        f.recipients = List.of("kuba@kernel.org", "pabeni@redhat.com", "netdev@vger.kernel.org", "ada@example.org");
        f.patch("net: foo: all copied", body, Map.of("drivers/net/foo.c", DRIVER.replace("a + b", "b + a")));
        f.recipients = List.of("kuba@kernel.org", "netdev@vger.kernel.org", "ada@example.org");
        f.patch("net: foo: one missing", body, Map.of("drivers/net/foo.c", DRIVER.replace("a + b", "a + b + 0")));
        f.recipients = List.of("ada@example.org");
        f.patch("net: foo: nobody copied", body, Map.of("drivers/net/foo.c", DRIVER.replace("a + b", "a + b + 1")));
        f.recipients = List.of("kuba@kernel.org", "paolo@old.example", "netdev@vger.kernel.org");
        f.patch("net: foo: old address", body, Map.of("drivers/net/foo.c", DRIVER.replace("a + b", "a + b + 2"),
                ".mailmap", "Paolo Abeni <pabeni@redhat.com> <paolo@old.example>\n"));
        CheckOptions noGit = new CheckOptions("cc_maintainers", Map.of("args", List.of("--no-git", "--no-git-fallback")));
        List<CheckResult> r = new CcMaintainersCheck().run(f.context("net-next", TreeRole.DEVELOPMENT).build(), noGit);
        assertThat(r).extracting(CheckResult::state)
                .containsExactly(CheckState.SUCCESS, CheckState.WARNING, CheckState.FAIL, CheckState.SUCCESS);
        assertThat(r.get(0).description()).isEqualTo("CCed 3 of 3 maintainers");
        assertThat(r.get(3).details()).as("copied under the address .mailmap maps")
                .contains("Mapped (.mailmap): [pabeni@redhat.com]");
        assertThat(r.get(1).description()).isEqualTo("1 maintainers not CCed: pabeni@redhat.com");
        assertThat(r.get(2).description())
                .isEqualTo("3 maintainers not CCed: kuba@kernel.org pabeni@redhat.com netdev@vger.kernel.org");
        assertThat(r.get(2).details()).contains("(open list:NETWORKING DRIVERS)");
    }

    @Test
    void kdocReportsOnlyNewWarnings() throws Exception {
        String undocumented = DRIVER + """

                /**
                 * foo_sub() - subtract
                 * @a: the first
                 */
                int foo_sub(int a, int b)
                {
                \treturn a - b;
                }
                """;
        f.patch("net: foo: add foo_sub", "Add it.\n\n" + SOB, Map.of("drivers/net/foo.c", undocumented));
        // Moving the old warning down by adding code above it is not a new warning.
        f.patch("net: foo: add a counter above", "Count.\n\n" + SOB, Map.of("drivers/net/foo.c",
                undocumented.replace("#include <linux/kernel.h>\n", "#include <linux/kernel.h>\n\nstatic int count;\n")));
        f.patch("net: foo: document b", "Document.\n\n" + SOB, Map.of("drivers/net/foo.c",
                undocumented.replace("#include <linux/kernel.h>\n", "#include <linux/kernel.h>\n\nstatic int count;\n")
                        .replace(" * @a: the first\n */\nint foo_sub", " * @a: the first\n * @b: the second\n */\nint foo_sub")));
        List<CheckResult> r = new KdocCheck().run(f.context("net-next", TreeRole.DEVELOPMENT).build(),
                CheckOptions.none("kdoc"));
        assertThat(r).extracting(CheckResult::state)
                .containsExactly(CheckState.FAIL, CheckState.SUCCESS, CheckState.SUCCESS);
        assertThat(r.get(0).description()).startsWith("Errors and warnings before: 0 this patch: ");
        assertThat(r.get(0).details()).contains("drivers/net/foo.c:").contains("'b' not described in 'foo_sub'");
        assertThat(r.get(1).description()).matches("Errors and warnings before: (\\d+) this patch: \\1");
        assertThat(r.get(2).description()).isEqualTo("Errors and warnings before: 1 this patch: 0");
    }
}
