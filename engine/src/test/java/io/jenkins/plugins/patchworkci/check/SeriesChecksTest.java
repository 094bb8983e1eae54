package io.jenkins.plugins.patchworkci.check;

import static io.jenkins.plugins.patchworkci.check.Patches.diff;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.route.Plan;
import io.jenkins.plugins.patchworkci.route.RoutingStep;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.route.TreeKind;
import io.jenkins.plugins.patchworkci.route.TreeRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The checks that judge the series as a whole, and the apply and routing results as checks. */
class SeriesChecksTest {

    private static final String SOB = "Signed-off-by: Ada Lovelace <ada@example.org>\n";

    private static List<PatchUnderTest> patches(int n, String message, String path) {
        List<PatchUnderTest> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(Patches.of(i, message, diff(path, List.of(), List.of("int x" + i + ";"))));
        }
        return out;
    }

    private static CheckContext.Builder series(int n, String tree, TreeRole role) {
        return CheckContext.builder("s", tree, role).patches(patches(n, SOB, "net/core/dev.c"));
    }

    @Test
    void seriesFormatPassesWarnsAndFails() throws Exception {
        Check c = new SeriesFormatCheck();
        List<CheckResult> ok = c.run(series(3, "net-next", TreeRole.DEVELOPMENT).treeTag("net-next").coverLetter(true)
                .build(), CheckOptions.none(c.name()));
        assertThat(ok).hasSize(3).allSatisfy(r -> assertThat(r.state()).isEqualTo(CheckState.SUCCESS));
        assertThat(ok).extracting(CheckResult::patch).containsExactly(1, 2, 3);

        CheckResult twoNoCover = c.run(series(2, "net", TreeRole.FIXES).treeTag("net").build(),
                CheckOptions.none(c.name())).get(0);
        assertThat(twoNoCover.state()).as("two patches need no cover letter").isEqualTo(CheckState.SUCCESS);

        CheckResult noCover = c.run(series(3, "net-next", TreeRole.DEVELOPMENT).treeTag("net-next").build(),
                CheckOptions.none(c.name())).get(0);
        assertThat(noCover.state()).isEqualTo(CheckState.WARNING);
        assertThat(noCover.description()).isEqualTo("Series does not have a cover letter");

        CheckResult untagged = c.run(series(1, "net-next", TreeRole.DEVELOPMENT).build(),
                CheckOptions.none(c.name())).get(0);
        assertThat(untagged.state()).isEqualTo(CheckState.WARNING);
        assertThat(untagged.description()).isEqualTo("Target tree name not specified in the subject");

        CheckResult tooLong = c.run(series(16, "net-next", TreeRole.DEVELOPMENT).treeTag("net-next").build(),
                CheckOptions.none(c.name())).get(0);
        assertThat(tooLong.state()).isEqualTo(CheckState.FAIL);
        assertThat(tooLong.description()).contains("Series longer than 15 patches (and no cover letter)");

        CheckResult longWithCover = c.run(series(16, "net-next", TreeRole.DEVELOPMENT).treeTag("net-next")
                .coverLetter(true).build(), CheckOptions.none(c.name())).get(0);
        assertThat(longWithCover.state()).isEqualTo(CheckState.WARNING);

        CheckResult configured = c.run(series(16, "bpf-next", TreeRole.DEVELOPMENT).treeTag("bpf-next")
                .coverLetter(true).build(), new CheckOptions(c.name(), Map.of("maxPatches", 20))).get(0);
        assertThat(configured.state()).isEqualTo(CheckState.SUCCESS);
    }

    @Test
    void fixesPresentOnlyForFixesTreesThatTouchCode() throws Exception {
        Check c = new FixesPresentCheck();
        CheckOptions none = CheckOptions.none(c.name());
        assertThat(c.run(series(2, "net-next", TreeRole.DEVELOPMENT).build(), none).get(0).state())
                .isEqualTo(CheckState.SUCCESS);

        CheckResult missing = c.run(series(2, "net", TreeRole.FIXES).build(), none).get(1);
        assertThat(missing.state()).isEqualTo(CheckState.FAIL);
        assertThat(missing.patch()).isEqualTo(2);

        String withFixes = "Fixes: 1234567890ab (\"net: break it\")\n" + SOB;
        List<PatchUnderTest> ps = new ArrayList<>(patches(1, SOB, "net/core/dev.c"));
        ps.add(Patches.of(2, withFixes, diff("net/core/dev.c", List.of(), List.of("int y;"))));
        assertThat(c.run(CheckContext.builder("s", "net", TreeRole.FIXES).patches(ps).build(), none).get(0).state())
                .isEqualTo(CheckState.SUCCESS);

        CheckResult docs = c.run(CheckContext.builder("s", "net", TreeRole.FIXES)
                .patches(patches(1, SOB, "Documentation/networking/x.rst")).build(), none).get(0);
        assertThat(docs.state()).isEqualTo(CheckState.SUCCESS);
        assertThat(docs.description()).isEqualTo("No Fixes tags, but series doesn't touch code");
    }

    private static Tree tree(String name, TreeRole role) {
        return new Tree(name, "https://git.kernel.org/pub/scm/linux/kernel/git/netdev/" + name + ".git", "main",
                List.of(name), List.of(), TreeKind.KERNEL, Optional.of("net"), role);
    }

    @Test
    void treeSelectionReportsThePlan() throws Exception {
        Check c = new TreeSelectionCheck();
        CheckOptions none = CheckOptions.none(c.name());
        Plan tagged = new Plan("s", Optional.of(tree("net-next", TreeRole.DEVELOPMENT)), Optional.of("abc"),
                List.of(new RoutingStep("tag", List.of("net-next"), "tag [net-next]", false)), List.of());
        CheckResult clear = c.run(series(1, "net-next", TreeRole.DEVELOPMENT).treeTag("net-next").plan(tagged).build(),
                none).get(0);
        assertThat(clear.state()).isEqualTo(CheckState.SUCCESS);
        assertThat(clear.description()).isEqualTo("Clearly marked for net-next: net-next: tag [net-next]");

        Plan guessed = new Plan("s", Optional.of(tree("net", TreeRole.FIXES)), Optional.of("abc"),
                List.of(new RoutingStep("fixes", List.of("net"), "Fixes: tags point into net", false)), List.of());
        CheckResult guess = c.run(series(1, "net", TreeRole.FIXES).plan(guessed).build(), none).get(0);
        assertThat(guess.state()).isEqualTo(CheckState.WARNING);
        assertThat(guess.description()).startsWith("Guessed tree name to be net");

        Plan none2 = new Plan("s", Optional.empty(), Optional.empty(),
                List.of(new RoutingStep("tag", List.of(), "unknown tree tag [foo]", true)), List.of());
        CheckResult undecided = c.run(series(1, "net", TreeRole.FIXES).plan(none2).build(), none).get(0);
        assertThat(undecided.state()).isEqualTo(CheckState.FAIL);
        assertThat(undecided.description()).isEqualTo("no tree: unknown tree tag [foo]");
        assertThat(c.run(series(1, "net", TreeRole.FIXES).build(), none)).as("no plan, no result").isEmpty();
    }

    @Test
    void applyFailsTheFailedPatchAndTheUntriedOnesAfterItNamingIt() throws Exception {
        Check c = new ApplyCheck();
        CheckOptions none = CheckOptions.none(c.name());
        List<CheckResult> ok = c.run(series(2, "net", TreeRole.FIXES)
                .apply(ApplyOutcome.applied("git-am", "2 patches")).build(), none);
        assertThat(ok).extracting(CheckResult::state).containsOnly(CheckState.SUCCESS);
        assertThat(ok.get(0).description()).isEqualTo("Applied to net (git-am): 2 patches");

        List<CheckResult> failed = c.run(series(3, "net", TreeRole.FIXES)
                .apply(ApplyOutcome.failed(2, "patch does not apply at net/core/dev.c:12", "error: ...")).build(),
                none);
        // Every state is final: a pending left here would stay pending on Patchwork for ever.
        assertThat(failed).extracting(CheckResult::state)
                .containsExactly(CheckState.SUCCESS, CheckState.FAIL, CheckState.FAIL);
        assertThat(failed.get(1).description()).isEqualTo("Does not apply to net: patch does not apply at net/core/dev.c:12");
        assertThat(failed.get(2).description()).isEqualTo("Not tried: patch 2 did not apply");
    }
}
