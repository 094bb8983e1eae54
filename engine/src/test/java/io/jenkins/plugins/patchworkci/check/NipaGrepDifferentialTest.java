package io.jenkins.plugins.patchworkci.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.patchworkci.route.TreeRole;
import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * source_inline, header_inline and deprecated_api against NIPA's own pipelines: {@code git show}
 * piped into GNU grep with NIPA's exact patterns, on generated C code committed to a real
 * repository. Our counts must equal grep's.
 */
class NipaGrepDifferentialTest {

    private static final String[] PIECES = {"static ", "inline ", "__always_inline ", "int ", "void ", "u32 ", "bool ",
        "unsigned ", "long ", "foo", "bar_inline", "(", "int a", ")", " {", " }", ";", " /* inline */", " // inline",
        "\tdev_hold(dev);", " dev_put(dev)", "get_net(net)", "netdev_hold(d)", "module_param(x, int, 0)", " INLINE ",
        " \\", "#define X ", "return 0", "Inline(", " * inline doc"};

    @TempDir
    Path dir;

    private static String line(Random r) {
        StringBuilder b = new StringBuilder();
        // Half the lines start like a declaration, so the header patterns get work to do.
        String[] starts = {"static ", "static inline ", "int ", "void ", "u32 ", "static __always_inline "};
        if (r.nextBoolean()) {
            b.append(starts[r.nextInt(starts.length)]).append("fn_").append(r.nextInt(9)).append("(int a)");
        }
        int n = 1 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    private static String file(Random r, int lines) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            b.append(line(r)).append('\n');
        }
        return b.toString();
    }

    private static String mutate(Random r, String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        int edits = 1 + r.nextInt(8);
        for (int i = 0; i < edits; i++) {
            int at = r.nextInt(lines.size() + 1);
            switch (r.nextInt(3)) {
                case 0 -> lines.add(at, line(r));
                case 1 -> {
                    if (at < lines.size()) {
                        lines.remove(at);
                    }
                }
                default -> {
                    if (at < lines.size()) {
                        lines.set(at, line(r));
                    }
                }
            }
        }
        return String.join("\n", lines) + "\n";
    }

    /** git in the series' repository (test-support's GitRepo): what it writes on its standard output. */
    private String git(String... args) {
        return GitRepo.in(dir).output(args);
    }

    private static int grepCount(String input, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("grep"));
        cmd.addAll(List.of(args));
        ToolOutput out = Programs.command(cmd).input(input.getBytes(StandardCharsets.UTF_8)).call();
        return out.stdout().isBlank() ? 0 : Integer.parseInt(out.stdout().strip());
    }

    @Test
    void countsEqualNipasGrepPipelines() throws Exception {
        assumeTrue(Programs.command(List.of("grep", "-P", "x")).input("x".getBytes()).call().succeeded(),
                "GNU grep with -P is needed");
        Random r = new Random(20240130);
        try (CommittedSeries f = new CommittedSeries(dir)) {
            Map<String, String> files = new LinkedHashMap<>();
            files.put("net/a.c", file(r, 30));
            files.put("include/b.h", file(r, 30));
            f.base(files);
            for (int i = 0; i < 20; i++) {
                files.put("net/a.c", mutate(r, files.get("net/a.c")));
                files.put("include/b.h", mutate(r, files.get("include/b.h")));
                f.patch("patch " + i, "Signed-off-by: Ada Lovelace <ada@example.org>\n", Map.copyOf(files));
            }
            CheckContext ctx = f.context("net-next", TreeRole.DEVELOPMENT).build();
            List<CheckResult> inline = new SourceInlineCheck().run(ctx, CheckOptions.none("source_inline"));
            List<CheckResult> header = new HeaderInlineCheck().run(ctx, CheckOptions.none("header_inline"));
            CheckOptions onlyDevHold = new CheckOptions("deprecated_api", Map.of("warnings", List.of("\\Wdev_hold\\("),
                    "errors", List.of("module_param")));
            List<CheckResult> deprecated = new DeprecatedApiCheck().run(ctx, onlyDevHold);
            int nonTrivial = 0;
            int headerTotal = 0;
            int devHoldTotal = 0;
            for (PatchUnderTest p : f.patches) {
                String commit = p.commit().orElseThrow();
                String showC = git("show", commit, "--", "*.c");
                int added = grepCount(showC, "-ic", "^\\+\\([^*/]*\\W\\|\\)inline\\W");
                int removed = grepCount(showC, "-ic", "^\\-\\([^*/]*\\W\\|\\)inline\\W");
                assertThat(inline.get(p.number() - 1).description()).as("source_inline on " + p)
                        .isEqualTo("Was " + removed + " now: " + added);
                nonTrivial += added;

                String showH = git("show", commit, "--", "*.h");
                int headerHits = grepCount(showH, "-cP", "^\\+static (?!(__always_)?inline).*\\(.*[^\\\\]$|"
                        + "^\\+(static )?(?!(__always_)?inline )((unsigned|long|short) )*(char|bool|void|int|u[0-9]*) "
                        + "[0-9A-Za-z_]*\\(.*\\) *\\{.*[^\\\\]$");
                headerTotal += headerHits;
                CheckResult h = header.get(p.number() - 1);
                assertThat(h.state() == CheckState.SUCCESS ? 0 : Integer.parseInt(h.description()
                        .replaceFirst(".*: ", ""))).as("header_inline on " + p).isEqualTo(headerHits);

                String show = git("show", commit);
                int devHoldNew = grepCount(show, "-ic", "^+.*\\Wdev_hold(");
                int devHoldOld = grepCount(show, "-ic", "^-.*\\Wdev_hold(");
                devHoldTotal += devHoldNew + devHoldOld;
                String d = deprecated.get(p.number() - 1).description();
                if (devHoldNew + devHoldOld > 0) {
                    assertThat(d).as("deprecated_api on " + p)
                            .contains("'dev_hold(' was: " + devHoldOld + " now: " + devHoldNew);
                } else {
                    assertThat(d).doesNotContain("dev_hold");
                }
            }
            assertThat(nonTrivial).as("the corpus exercises the patterns").isGreaterThan(3);
            assertThat(headerTotal).isGreaterThan(3);
            assertThat(devHoldTotal).isGreaterThan(3);
        }
    }
}
