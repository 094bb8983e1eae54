package io.jenkins.plugins.patchworkci.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.route.TreeRole;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** maintainers and check_selftest, reading MAINTAINERS, Makefiles and .gitignore from the series' tree. */
class TreeFilesChecksTest {

    private static final String SOB = "Signed-off-by: Ada Lovelace <ada@example.org>\n";
    private static final String MAINTAINERS = """
            NETWORKING DRIVERS
            M:\tJakub Kicinski <kuba@kernel.org>
            L:\tnetdev@vger.kernel.org
            F:\tdrivers/net/

            THE REST
            M:\tLinus Torvalds <torvalds@linux-foundation.org>
            F:\t*
            F:\t*/
            """;

    @TempDir
    Path dir;

    @Test
    void newFilesNeedAMaintainersSectionOtherThanTheRest() throws Exception {
        try (CommittedSeries f = new CommittedSeries(dir)) {
            f.base(Map.of("MAINTAINERS", MAINTAINERS, "drivers/net/a.c", "int a;\n", "lib/x.c", "int x;\n"));
            f.patch("net: new driver file", SOB, Map.of("drivers/net/b.c", "int b;\n"));
            f.patch("lib: new file", SOB, Map.of("lib/y.c", "int y;\n"));
            f.patch("lib: edit", SOB, Map.of("lib/x.c", "int x2;\n"));
            var results = new MaintainersCheck().run(f.context("net-next", TreeRole.DEVELOPMENT).build(),
                    CheckOptions.none("maintainers"));
            assertThat(results).extracting(CheckResult::state)
                    .containsExactly(CheckState.SUCCESS, CheckState.WARNING, CheckState.SUCCESS);
            assertThat(results.get(0).details()).contains("drivers/net/b.c: NETWORKING DRIVERS");
            assertThat(results.get(1).description()).isEqualTo("1 new file(s) without a MAINTAINERS entry: lib/y.c");
            assertThat(results.get(2).description()).isEqualTo("No new files");
        }
    }

    @Test
    void aLaterPatchAddingTheEntryCoversTheFile() throws Exception {
        try (CommittedSeries f = new CommittedSeries(dir)) {
            f.base(Map.of("MAINTAINERS", MAINTAINERS, "lib/x.c", "int x;\n"));
            f.patch("lib: new file", SOB, Map.of("lib/y.c", "int y;\n"));
            f.patch("MAINTAINERS: add lib/y.c", SOB, Map.of("MAINTAINERS",
                    "LIB Y\nM:\tAda Lovelace <ada@example.org>\nF:\tlib/y.c\n\n" + MAINTAINERS));
            var results = new MaintainersCheck().run(f.context("net-next", TreeRole.DEVELOPMENT).build(),
                    new CheckOptions("maintainers", Map.of("state", "fail")));
            assertThat(results.get(0).state()).isEqualTo(CheckState.SUCCESS);
            assertThat(results.get(0).details()).contains("lib/y.c: LIB Y");
            f.patch("lib: another new file", SOB, Map.of("lib/z.c", "int z;\n"));
            var strict = new MaintainersCheck().run(f.context("net-next", TreeRole.DEVELOPMENT).build(),
                    new CheckOptions("maintainers", Map.of("state", "fail")));
            assertThat(strict.get(2).state()).as("the state is configurable").isEqualTo(CheckState.FAIL);
        }
    }

    @Test
    void newSelftestsMustBeListedAndIgnored() throws Exception {
        String sel = "tools/testing/selftests/net/";
        try (CommittedSeries f = new CommittedSeries(dir)) {
            Map<String, String> base = new LinkedHashMap<>();
            base.put(sel + "Makefile", "TEST_PROGS := old.sh \\\n\tother.sh\nTEST_GEN_PROGS := old_prog\n"
                    + "include ../lib.mk\n");
            base.put(sel + ".gitignore", "old_prog\n");
            base.put(sel + "old.sh", "#!/bin/sh\n");
            f.base(base);
            Map<String, String> good = new LinkedHashMap<>();
            good.put(sel + "new_test.sh", "#!/bin/sh\nexit 0\n");
            good.put(sel + "new_prog.c", "int main(void) { return 0; }\n");
            good.put(sel + "Makefile", "TEST_PROGS := old.sh \\\n\tother.sh \\\n\tnew_test.sh\n"
                    + "TEST_GEN_PROGS := old_prog\nTEST_GEN_PROGS += new_prog\ninclude ../lib.mk\n");
            good.put(sel + ".gitignore", "old_prog\nnew_prog\n");
            f.patch("selftests: net: add tests", SOB, good);
            f.patch("selftests: net: unlisted script", SOB, Map.of(sel + "forgotten.sh", "#!/bin/sh\n"));
            f.patch("selftests: net: prog not ignored", SOB, Map.of(sel + "unignored.c", "int main(void){return 0;}\n",
                    sel + "Makefile", "TEST_PROGS := old.sh other.sh new_test.sh\nTEST_GEN_PROGS := old_prog new_prog"
                            + " unignored\ninclude ../lib.mk\n"));
            f.patch("net: not a selftest", SOB, Map.of("net/core/x.c", "int x;\n"));
            var results = new SelftestListedCheck().run(f.context("net-next", TreeRole.DEVELOPMENT).build(),
                    CheckOptions.none("check_selftest"));
            assertThat(results).extracting(CheckResult::state)
                    .containsExactly(CheckState.SUCCESS, CheckState.FAIL, CheckState.FAIL, CheckState.SUCCESS);
            assertThat(results.get(1).description())
                    .isEqualTo("Script forgotten.sh not found in tools/testing/selftests/net/Makefile");
            assertThat(results.get(2).description())
                    .isEqualTo("Program unignored (TEST_GEN_PROGS) not in tools/testing/selftests/net/.gitignore");
            assertThat(results.get(3).description()).isEqualTo("No new selftests");
        }
    }

    @Test
    void selftestMakefileListsJoinContinuations() {
        SelftestMakefile mk = new SelftestMakefile("TEST_PROGS = a.sh \\\n  b.sh # c.sh\nTEST_GEN_FILES += $(OUTPUT)/gen\n"
                + "$(OUTPUT)/helper: helper.c\n");
        assertThat(mk.listing("b.sh")).isEqualTo("TEST_PROGS");
        assertThat(mk.listing("c.sh")).as("comments are not entries").isNull();
        assertThat(mk.listing("gen")).isEqualTo("TEST_GEN_FILES");
        assertThat(mk.listing("helper")).isNull();
        assertThat(mk.mentions("helper.c")).isTrue();
        assertThat(List.of(mk.globs(".sh"))).containsExactly(false);
    }
}
