package io.jenkins.plugins.patchworkci.report;

import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.mail.Address;
import io.jenkins.plugins.patchworkci.route.Plan;
import io.jenkins.plugins.patchworkci.route.RoutingStep;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.route.TreeKind;
import io.jenkins.plugins.patchworkci.route.TreeRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs for tests, shaped after the recorded Patchwork series 6 ({@code [PATCH net-next v2 0/3]},
 * patches 9-11) in /work/shared/reference/patchwork.
 */
public final class SampleRuns {

    static final String PW = "https://patchwork.example.org";
    static final List<String> CHECKS = List.of("tree_selection", "build_clang", "build_gcc", "checkpatch",
            "selftests");
    static final Instant QUEUED = Instant.parse("2026-11-25T00:41:00Z");

    private SampleRuns() {}

    static Tree netNext() {
        return new Tree("net-next", "https://git.kernel.org/pub/scm/linux/kernel/git/netdev/net-next.git", "main",
                List.of("net-next"), List.of(), TreeKind.KERNEL, Optional.of("net"), TreeRole.DEVELOPMENT);
    }

    static Plan plan() {
        return new Plan("[PATCH net-next v2 0/3]", Optional.of(netNext()), Optional.of("1234abcd5678ef901234abcd5678ef901234abcd"),
                List.of(new RoutingStep("tag", List.of("net-next"), "tag [net-next]", false),
                        new RoutingStep("base-commit", List.of("net-next"), "base-commit 1234abcd in net-next", false)),
                List.of());
    }

    static ReportedSeries series(String title, List<String> subjects, Address author) {
        String stamp = "1795567226.git.jane@example.org";
        ReportedMessage cover = new ReportedMessage("[PATCH net-next v2 0/" + subjects.size() + "] " + title,
                "cover." + stamp, List.of("cover.1795000000.git.jane@example.org"));
        List<ReportedPatch> patches = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            int n = i + 1;
            ReportedMessage mail = new ReportedMessage(
                    "[PATCH net-next v2 " + n + "/" + subjects.size() + "] " + subjects.get(i),
                    "patch" + n + "." + stamp, List.of("cover.1795000000.git.jane@example.org", cover.messageId()));
            patches.add(new ReportedPatch(n, mail, 8L + n, PW + "/project/netdevbpf/patch/" + mail.messageId() + "/"));
        }
        SeriesLinks links = new SeriesLinks(PW + "/project/netdevbpf/list/?series=6",
                "https://lore.kernel.org/netdev/cover." + stamp + "/",
                List.of(new ReportedVersion(1, PW + "/project/netdevbpf/list/?series=2", null)));
        return new ReportedSeries("netdevbpf/6", title, 2, author, cover, patches, links);
    }

    /** A finished run of series 6 that applied, with a checkpatch warning and a selftest failure. */
    public static Run finished() {
        ReportedSeries series = series("net: core: make a() return 1, add b() and c()",
                List.of("net: core: return 1 from a()", "net: core: add b()", "selftests: net: add c()"),
                new Address("Jane Dev", "jane@example.org"));
        return withVerdicts(Run.started("netdevbpf-6-1", "netdevbpf/6/1/", series, plan(), CHECKS,
                new Timings(QUEUED, null, null, List.of())));
    }

    static Run withVerdicts(Run started) {
        List<CheckResult> results = new ArrayList<>();
        int n = started.series().patches().size();
        for (int p = 1; p <= n; p++) {
            results.add(new CheckResult("build_clang", p, CheckState.SUCCESS, "Errors and warnings before: 0 this patch: 0", ""));
            results.add(new CheckResult("build_gcc", p, CheckState.SUCCESS, "Errors and warnings before: 0 this patch: 0", ""));
            results.add(p == 2
                    ? new CheckResult("checkpatch", p, CheckState.WARNING, "WARNING: line length of 102 exceeds 100 columns",
                            "WARNING: line length of 102 exceeds 100 columns\n#42: FILE: net/core/dev.c:1234:")
                    : new CheckResult("checkpatch", p, CheckState.SUCCESS, "total: 0 errors, 0 warnings, 0 checks", ""));
        }
        List<SeriesCheckResult> whole = List.of(
                new SeriesCheckResult("tree_selection", CheckState.SUCCESS, started.plan().summary(), ""),
                new SeriesCheckResult("selftests", CheckState.FAIL, "net: 1 test failed (fcnal-test.sh)",
                        "not ok 17 fcnal-test.sh # exit=1"));
        List<String> commits = List.of("a1b2c3d4e5f60718293a4b5c6d7e8f9012345678", "b1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
                "c1b2c3d4e5f60718293a4b5c6d7e8f9012345678");
        List<ReportedCommit> applied = new ArrayList<>();
        for (int p = 1; p <= n; p++) {
            applied.add(new ReportedCommit(p, commits.get((p - 1) % commits.size())));
        }
        return started.withApply(ApplyResult.applied(List.of("git-am"), "git-am", applied))
                .withResults(results, whole)
                .withLogs(List.of(new LogLink("build_clang", "logs/build_clang.txt", 0),
                        new LogLink("checkpatch", "logs/checkpatch-2.txt", 2)))
                .withTimings(new Timings(QUEUED, QUEUED.plusSeconds(5), QUEUED.plusSeconds(1805),
                        List.of(new StepTiming("apply", 2100), new StepTiming("build_clang", 912_000))));
    }

    /** A run whose second patch did not apply. */
    static Run applyFailed() {
        Run started = finished();
        return started.withApply(ApplyResult.failed(List.of("git-am", "3way"), new ReportedApplyFailure(2, "net/core/dev.c", 1,
                        " int b(void)\n {\n-\treturn 0;\n", " int b(void)\n {\n\treturn 2;\n",
                        "patch 2/3 does not apply to net/core/dev.c: hunk 1 expects 'return 0;', the tree has 'return 2;'")))
                .withResults(List.of(), List.of(new SeriesCheckResult("tree_selection", CheckState.SUCCESS,
                        started.plan().summary(), "")));
    }

    static final ApplyResult.Tip TIP = new ApplyResult.Tip("5602dbd4e5f60718293a4b5c6d7e8f9012345678",
            Instant.parse("2026-11-24T18:02:11Z"));

    /**
     * A run whose series does not apply to the tip (patch 2, one character differs) but does at its
     * base-commit, where it was built and checked.
     */
    static Run needsRebase() {
        Run built = finished();
        List<ReportedCommit> atBase = built.apply().commits();
        ApplyResult apply = ApplyResult.failed(List.of("branch tip", "three-way", "base-commit"),
                new ReportedApplyFailure(2, "net/core/dev.c", 0, " int b(void)\n {\n-\treturn 0;\n }",
                        " int b(void)\n {\n\treturn 9;\n }",
                        "patch 2 \"net: core: add b()\": patch does not apply (net/core/dev.c, hunk @@ -10,4 +10,4 @@)"))
                .onTip(TIP).appliesAt(new ApplyResult.AtBaseCommit("7625cfd4e5f60718293a4b5c6d7e8f9012345678", atBase));
        List<CheckResult> results = new ArrayList<>();
        for (CheckResult r : built.results()) {
            results.add(new CheckResult(r.check(), r.patch(), r.state(), "at base-commit 7625cfd4e5f6: " + r.description(),
                    r.details()));
        }
        return built.withApply(apply).withResults(results, built.seriesResults());
    }

    /** Strings a hostile poster might put in subjects and names. */
    static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "\"quoted\" & 'single' <b>bold</b>",
            "rtl \u202Egnp.exe\u202C end",
            "<img src=x onerror=alert(2)>",
            "</td></tr></table><script>alert(3)</script>",
            "ampersand &amp; entity &lt;not a tag&gt;");

    /** A run whose title, subjects and author name are all hostile. */
    static Run hostile() {
        ReportedSeries series = series(HOSTILE.get(0), HOSTILE.subList(1, HOSTILE.size()),
                new Address("<img src=x onerror=alert(4)> \"Mallory\"", "mallory@example.org"));
        Run run = withVerdicts(Run.started("hostile-1", "hostile/1/", series, plan(), CHECKS,
                new Timings(QUEUED, null, null, List.of())));
        // Tools quote mail too: a description and details that carry markup.
        List<CheckResult> results = new ArrayList<>(run.results());
        results.add(new CheckResult("checkpatch", 3, CheckState.FAIL, "<script>alert(5)</script> in subject",
                "<img src=x onerror=alert(6)>\n</pre><script>alert(7)</script>"));
        return run.withResults(results, run.seriesResults())
                .withLogs(List.of(new LogLink("build_clang", "javascript:alert(8)", 0)));
    }
}
