package io.jenkins.plugins.patchworkci.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.patchworkci.route.TreeRole;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** build_warnings with real make and gcc on a small C tree the test writes. */
class BuildWarningsCheckTest {

    private static final String SOB = "Signed-off-by: Ada Lovelace <ada@example.org>\n";
    private static final String MAKEFILE = """
            CFLAGS = -Wall -O0
            prog: a.o b.o
            \t$(CC) -o $@ a.o b.o
            %.o: %.c common.h
            \t$(CC) $(CFLAGS) -c -o $@ $<
            """;
    private static final String A = """
            #include "common.h"

            int helper(void)
            {
            \tint old_unused;
            \treturn 1;
            }
            """;
    private static final String B = """
            #include "common.h"

            int main(void)
            {
            \treturn helper() - 1;
            }
            """;
    private static final CheckOptions MAKE = new CheckOptions("build_warnings", Map.of("command", List.of("make")));

    @TempDir
    Path dir;

    @BeforeEach
    void tools() throws Exception {
        assumeTrue(Programs.command(List.of("make", "--version")).call().succeeded(), "make is not installed");
        assumeTrue(Programs.command(List.of("gcc", "--version")).call().succeeded(), "gcc is not installed");
    }

    private CommittedSeries tree(String a) throws Exception {
        CommittedSeries f = new CommittedSeries(dir);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("Makefile", MAKEFILE);
        files.put("common.h", "int helper(void);\n");
        files.put("a.c", a);
        files.put("b.c", B);
        files.put(".gitignore", "*.o\nprog\n");
        f.base(files);
        return f;
    }

    @Test
    void newWarningsAreFoundByFingerprintNotByCount() throws Exception {
        try (CommittedSeries f = tree(A)) {
            f.patch("a: add a warning", SOB, Map.of("a.c", A.replace("\treturn 1;", "\tint fresh;\n\treturn 1;")));
            // Drops patch 1's warning and moves the old one down three lines: nothing new.
            f.patch("a: move the old warning down", SOB, Map.of("a.c",
                    "#include \"common.h\"\n\n/* a comment\n * that moves lines\n */\n"
                            + A.substring(A.indexOf("int helper")) + "\n"));
            f.patch("a: trade one warning for another", SOB, Map.of("a.c",
                    A.replace("\tint old_unused;\n", "").replace("\treturn 1;", "\tint x;\n\treturn x;")));
            f.patch("b: break the build", SOB, Map.of("b.c", B.replace("return helper() - 1;", "return helper( - 1;")));
            List<CheckResult> r = new BuildWarningsCheck().run(f.context("net-next", TreeRole.DEVELOPMENT).build(), MAKE);
            assertThat(r).extracting(CheckResult::state)
                    .containsExactly(CheckState.FAIL, CheckState.SUCCESS, CheckState.FAIL, CheckState.FAIL);
            assertThat(r.get(0).details()).contains("a.c:").contains("unused variable 'fresh'")
                    .contains("[-Wunused-variable]").doesNotContain("old_unused");
            assertThat(r.get(1).description()).isEqualTo("Errors and warnings before: 2 this patch: 1");
            assertThat(r.get(2).description()).as("one warning out, one in: same count, still new")
                    .isEqualTo("Errors and warnings before: 1 this patch: 1; new: 1");
            assertThat(r.get(2).details()).contains("'x' is used uninitialized");
            assertThat(r.get(3).description()).startsWith("build failed (exit 2)");
            // The work tree is back where it was.
            assertThat(f.git.getRepository().resolve("HEAD").name()).isEqualTo(f.patches.get(3).commit().orElseThrow());
        }
    }

    @Test
    void aBrokenBaseIsNotBlamedOnThePatch() throws Exception {
        try (CommittedSeries f = tree(A.replace("return 1;", "return 1"))) {
            f.patch("a: unrelated comment", SOB, Map.of("a.c", "/* hello */\n" + A.replace("return 1;", "return 1")));
            List<CheckResult> r = new BuildWarningsCheck().run(f.context("net-next", TreeRole.DEVELOPMENT).build(), MAKE);
            assertThat(r).singleElement().satisfies(x -> {
                assertThat(x.state()).isEqualTo(CheckState.WARNING);
                assertThat(x.description()).startsWith("base broken");
            });
        }
    }

    @Test
    void warningsCanBeConfiguredToWarnAndTheCheckNeedsACommand() throws Exception {
        try (CommittedSeries f = tree(A)) {
            f.patch("a: add a warning", SOB, Map.of("a.c", A.replace("\treturn 1;", "\tint fresh;\n\treturn 1;")));
            CheckContext ctx = f.context("net-next", TreeRole.DEVELOPMENT).build();
            CheckOptions warn = new CheckOptions("build_warnings", Map.of("command", List.of("make"),
                    "newWarnings", "warning"));
            assertThat(new BuildWarningsCheck().run(ctx, warn).get(0).state()).isEqualTo(CheckState.WARNING);
            assertThat(new BuildWarningsCheck().run(ctx, CheckOptions.none("build_warnings"))).isEmpty();
        }
    }

    @Test
    void gccAndClangDiagnosticsShareOneFingerprint() {
        Path root = Path.of("/src/linux");
        var gcc = CompilerWarning.parse("/src/linux/net/core/dev.c:120:7: warning: unused variable 'x' "
                + "[-Wunused-variable]\n  120 |   int x;\n", root);
        var clang = CompilerWarning.parse("net/core/dev.c:131:9: warning: unused variable 'x' [-Wunused-variable]\n",
                root);
        var noColumn = CompilerWarning.parse("./net/core/dev.c:99: warning: unused variable 'x' [-Wunused-variable]\n",
                root);
        assertThat(gcc).singleElement().extracting(CompilerWarning::file).isEqualTo("net/core/dev.c");
        assertThat(gcc.get(0).fingerprint()).isEqualTo(clang.get(0).fingerprint())
                .isEqualTo(noColumn.get(0).fingerprint());
        var werror = CompilerWarning.parse("net/core/dev.c:5:1: error: unused variable 'x' [-Werror=unused-variable]",
                root);
        assertThat(werror.get(0).isError()).isTrue();
        assertThat(werror.get(0).flag()).isEqualTo("-Wunused-variable");
        assertThat(CompilerWarning.parse("In file included from net/core/dev.c:3:\nmake: *** [x] Error 1\n", root))
                .isEmpty();
    }
}
