package io.jenkins.plugins.patchworkci.check;

import static io.jenkins.plugins.patchworkci.check.Patches.context;
import static io.jenkins.plugins.patchworkci.check.Patches.diff;
import static io.jenkins.plugins.patchworkci.check.Patches.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.mail.Trailer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks that read only the patch text: NIPA's greps and the sign-off rules. */
class PatchTextChecksTest {

    private static final String SOB = "Signed-off-by: Ada Lovelace <ada@example.org>\n";

    @Test
    void sourceInlinePassesWarnsAndFails() throws Exception {
        Check c = new SourceInlineCheck();
        CheckResult clean = only(c, context(Patches.of(1, SOB, diff("net/core/dev.c", List.of(),
                List.of("static int foo(void)", "/* inline comment: not code */ int x;")))));
        assertThat(clean.state()).isEqualTo(CheckState.SUCCESS);

        CheckResult added = only(c, context(Patches.of(1, SOB, diff("net/core/dev.c", List.of(),
                List.of("static inline int foo(void)")))));
        assertThat(added.state()).isEqualTo(CheckState.FAIL);
        assertThat(added.description()).isEqualTo("Was 0 now: 1");
        assertThat(added.details()).contains("net/core/dev.c: +static inline int foo(void)");

        CheckResult moved = only(c, context(Patches.of(1, SOB, diff("net/core/dev.c",
                List.of("static inline int foo(void)"), List.of("static inline int foo(int a)")))));
        assertThat(moved.state()).isEqualTo(CheckState.WARNING);

        CheckResult header = only(c, context(Patches.of(1, SOB, diff("include/net/x.h", List.of(),
                List.of("static inline int foo(void)")))));
        assertThat(header.state()).as("inline in headers is right").isEqualTo(CheckState.SUCCESS);
    }

    @Test
    void headerInlinePassesAndFails() throws Exception {
        Check c = new HeaderInlineCheck();
        assertThat(only(c, context(Patches.of(1, SOB, diff("include/net/x.h", List.of(),
                List.of("static inline int foo(void)", "static __always_inline void bar(int a)",
                        "#define X(a) static int a(void) \\"))))).state())
                .isEqualTo(CheckState.SUCCESS);
        CheckResult bad = only(c, context(Patches.of(1, SOB, diff("include/net/x.h", List.of(),
                List.of("static int foo(struct sk_buff *skb)", "int bar(void) { return 0; }")))));
        assertThat(bad.state()).isEqualTo(CheckState.FAIL);
        assertThat(bad.description()).endsWith(": 2");
        assertThat(only(c, context(Patches.of(1, SOB, diff("net/x.c", List.of(),
                List.of("static int foo(struct sk_buff *skb)"))))).state()).isEqualTo(CheckState.SUCCESS);
    }

    @Test
    void deprecatedApiCountsAddedAgainstRemoved() throws Exception {
        Check c = new DeprecatedApiCheck();
        assertThat(only(c, context(Patches.of(1, SOB, diff("net/x.c", List.of(),
                List.of("\tnetdev_hold(dev, &tracker, GFP_KERNEL);"))))).state()).isEqualTo(CheckState.SUCCESS);

        CheckResult warn = only(c, context(Patches.of(1, SOB, diff("net/x.c", List.of(), List.of("\tdev_hold(dev);")))));
        assertThat(warn.state()).isEqualTo(CheckState.WARNING);
        assertThat(warn.description()).isEqualTo("Found: 'dev_hold(' was: 0 now: 1");

        CheckResult fail = only(c, context(Patches.of(1, SOB, diff("net/x.c", List.of(),
                List.of("module_param(debug, int, 0);")))));
        assertThat(fail.state()).isEqualTo(CheckState.FAIL);

        CheckResult movedError = only(c, context(Patches.of(1, SOB, diff("net/x.c",
                List.of("module_param(debug, int, 0);"), List.of("module_param(debug, int, 0444);")))));
        assertThat(movedError.state()).isEqualTo(CheckState.WARNING);

        CheckResult removed = only(c, context(Patches.of(1, SOB, diff("net/x.c", List.of("\tdev_put(dev);"),
                List.of("\tnetdev_put(dev, &tracker);")))));
        assertThat(removed.state()).isEqualTo(CheckState.SUCCESS);
        assertThat(removed.description()).contains("was: 1 now: 0");

        CheckOptions custom = new CheckOptions("deprecated_api", Map.of("errors", List.of("\\bstrlcpy\\("),
                "warnings", List.of()));
        assertThat(only(c, context(Patches.of(1, SOB, diff("net/x.c", List.of(), List.of("strlcpy(a, b, 4);")))),
                custom).state()).isEqualTo(CheckState.FAIL);
        assertThat(only(c, context(Patches.of(1, SOB, diff("net/x.c", List.of(), List.of("dev_hold(dev);")))),
                custom).state()).isEqualTo(CheckState.SUCCESS);
        CheckOptions broken = new CheckOptions("deprecated_api", Map.of("errors", List.of("(")));
        CheckResult misconfigured = only(c, context(Patches.of(1, SOB, diff("a.c", List.of(), List.of("x")))), broken);
        assertThat(misconfigured.state()).as("a bad pattern is not the patch's fault").isEqualTo(CheckState.WARNING);
        assertThat(misconfigured.description()).startsWith("check could not run: check deprecated_api: pattern '('");
    }

    @Test
    void signedOffByAuthorByEmailOrName() throws Exception {
        Check c = new VerifySignedOffCheck();
        assertThat(only(c, context(Patches.withTrailers("Ada Lovelace", "ada@example.org",
                List.of(new Trailer("Signed-off-by", "Ada Lovelace <ADA@example.org>"))))).state())
                .isEqualTo(CheckState.SUCCESS);
        assertThat(only(c, context(Patches.withTrailers("Ada Lovelace", "ada@work.example",
                List.of(new Trailer("Signed-off-by", "Ada Lovelace <ada@example.org>"))))).state())
                .as("same name, other address").isEqualTo(CheckState.SUCCESS);
        CheckResult missing = only(c, context(Patches.withTrailers("Ada Lovelace", "ada@example.org",
                List.of(new Trailer("Signed-off-by", "Charles Babbage <cb@example.org>")))));
        assertThat(missing.state()).isEqualTo(CheckState.FAIL);
        assertThat(missing.description()).startsWith("author Signed-off-by missing");
        assertThat(missing.details()).contains("Signed-off-by: Charles Babbage <cb@example.org>");
    }

    @Test
    void coDevelopedByMustBeFollowedByItsSignOff() throws Exception {
        Check c = new VerifySignedOffCheck();
        Trailer co = new Trailer("Co-developed-by", "Charles Babbage <cb@example.org>");
        Trailer coSob = new Trailer("Signed-off-by", "Charles Babbage <cb@example.org>");
        Trailer sob = new Trailer("Signed-off-by", "Ada Lovelace <ada@example.org>");
        assertThat(only(c, context(Patches.withTrailers("Ada Lovelace", "ada@example.org",
                List.of(co, coSob, sob)))).state()).isEqualTo(CheckState.SUCCESS);
        CheckResult apart = only(c, context(Patches.withTrailers("Ada Lovelace", "ada@example.org",
                List.of(co, sob, coSob))));
        assertThat(apart.state()).isEqualTo(CheckState.FAIL);
        assertThat(apart.description()).contains("Co-developed-by: Charles Babbage <cb@example.org> not followed");
        assertThat(only(c, context(Patches.withTrailers("Ada Lovelace", "ada@example.org", List.of(sob, co))))
                .state()).isEqualTo(CheckState.FAIL);
    }

    @Test
    void diffParserFollowsHunkCountsAndCreatedFiles() {
        String text = "diff --git a/new.c b/new.c\nnew file mode 100644\nindex 0000000..1111111\n--- /dev/null\n"
                + "+++ b/new.c\n@@ -0,0 +1,2 @@\n+int a;\n+int b;\n"
                + "diff --git a/old.c b/old.c\nindex 1..2 100644\n--- a/old.c\n+++ b/old.c\n@@ -1,2 +1,1 @@\n"
                + " keep\n-gone\n-- \n2.43.0\n";
        Diff d = Diff.parse(text);
        assertThat(d.paths()).containsExactly("new.c", "old.c");
        assertThat(d.files().get(0).created()).isTrue();
        assertThat(d.files().get(0).added()).containsExactly("int a;", "int b;");
        assertThat(d.files().get(1).removed()).as("the signature is not a removed line").containsExactly("gone");
    }
}
