package io.jenkins.plugins.patchworkci.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.patch.Patch;
import org.eclipse.jgit.patch.PatchApplier;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every routing rule on a generated kernel-like repository: a MAINTAINERS file, net and net-next
 * sharing history, a bug only in net-next, bpf trees beside them, and iproute2 trees.
 */
class RouterTest {

    private static final String MAINTAINERS = """
            NETWORKING [GENERAL]
            L:\tnetdev@vger.kernel.org
            T:\tgit git://git.kernel.org/pub/scm/linux/kernel/git/netdev/net.git
            T:\tgit git://git.kernel.org/pub/scm/linux/kernel/git/netdev/net-next.git
            F:\tnet/

            BPF [GENERAL] (Safe Dynamic Programs and Tools)
            L:\tbpf@vger.kernel.org
            T:\tgit git://git.kernel.org/pub/scm/linux/kernel/git/bpf/bpf.git
            T:\tgit git://git.kernel.org/pub/scm/linux/kernel/git/bpf/bpf-next.git
            F:\tkernel/bpf/
            """;

    @TempDir
    Path dir;

    private Git git;
    private RevCommit inBoth;
    private RevCommit onlyNext;
    private Router router;
    private History history;

    @BeforeEach
    void kernelLikeTrees() throws Exception {
        git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        write("MAINTAINERS", MAINTAINERS);
        write("net/core/dev.c", "int dev(void)\n{\n\treturn 0;\n}\n");
        write("kernel/bpf/verifier.c", "int verify(void)\n{\n\treturn 0;\n}\n");
        commit("initial");
        write("net/core/dev.c", "int dev(void)\n{\n\treturn 1; /* bug */\n}\n");
        inBoth = commit("net: core: return one");
        git.branchCreate().setName("net").call();
        write("net/core/feature.c", "int feature(void)\n{\n\treturn 2; /* bug */\n}\n");
        onlyNext = commit("net: add feature");
        git.branchCreate().setName("net-next").call();
        git.branchCreate().setName("bpf").setStartPoint(inBoth).call();
        git.branchCreate().setName("bpf-next").setStartPoint(inBoth).call();
        Map<String, String> refs = Map.of("net", "refs/heads/net", "net-next", "refs/heads/net-next",
                "bpf", "refs/heads/bpf", "bpf-next", "refs/heads/bpf-next");
        history = new GitHistory(git.getRepository(), t -> refs.get(t.name()));
        Maintainers m = Maintainers.read(new StringReader(MAINTAINERS));
        router = new Router(List.of(Presets.NET_NEXT, Presets.NET, Presets.BPF_NEXT, Presets.BPF), m);
    }

    @AfterEach
    void close() {
        git.close();
    }

    private void write(String path, String text) throws IOException {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent() == null ? dir : f.getParent());
        Files.writeString(f, text);
    }

    private RevCommit commit(String message) throws Exception {
        git.add().addFilepattern(".").call();
        return git.commit().setMessage(message).setAuthor("A U Thor", "author@example.org").call();
    }

    /** A real in-memory apply of the diff onto the tree's tip, as routing's trial apply. */
    private TrialApply trial(String diff) {
        return trial(diff, history);
    }

    private TrialApply trial(String diff, History history) {
        return tree -> {
            Repository repo = git.getRepository();
            Optional<String> tip = history.tip(tree);
            if (tip.isEmpty()) {
                return Optional.of("branch not fetched");
            }
            try (RevWalk walk = new RevWalk(repo); ObjectInserter ins = repo.newObjectInserter()) {
                RevCommit c = walk.parseCommit(repo.resolve(tip.get()));
                Patch p = new Patch();
                p.parse(new ByteArrayInputStream(diff.getBytes(StandardCharsets.UTF_8)));
                PatchApplier.Result r = new PatchApplier(repo, c.getTree(), ins).applyPatch(p);
                return r.getErrors().isEmpty() ? Optional.empty() : Optional.of(r.getErrors().get(0).toString());
            }
        };
    }

    private static final String FIX_DEV = """
            diff --git a/net/core/dev.c b/net/core/dev.c
            --- a/net/core/dev.c
            +++ b/net/core/dev.c
            @@ -1,4 +1,4 @@
             int dev(void)
             {
            -\treturn 1; /* bug */
            +\treturn 0;
             }
            """;

    private static final String FIX_FEATURE = """
            diff --git a/net/core/feature.c b/net/core/feature.c
            --- a/net/core/feature.c
            +++ b/net/core/feature.c
            @@ -1,4 +1,4 @@
             int feature(void)
             {
            -\treturn 2; /* bug */
            +\treturn 0;
             }
            """;

    private static final String BPF_CHANGE = """
            diff --git a/kernel/bpf/verifier.c b/kernel/bpf/verifier.c
            --- a/kernel/bpf/verifier.c
            +++ b/kernel/bpf/verifier.c
            @@ -1,4 +1,4 @@
             int verify(void)
             {
            -\treturn 0;
            +\treturn 3;
             }
            """;

    private static RoutingInput input(List<String> words, String path, List<String> fixes, String base) {
        return new RoutingInput("test series", words, Set.of(path), fixes, Optional.ofNullable(base));
    }

    @Test
    void explicitTagDecides() throws Exception {
        Plan plan = router.route(input(List.of("patch", "net", "v2"), "net/core/dev.c", List.of(), null), history, trial(FIX_DEV));
        assertThat(plan.tree()).map(Tree::name).contains("net");
        assertThat(plan.steps()).extracting(RoutingStep::step).containsExactly("tag", "base");
        assertThat(plan.base()).contains(inBoth.name());
        assertThat(plan.summary()).startsWith("net: tag [net] names net; the tip of net, " + inBoth.name().substring(0, 12)
                + " of 20");
    }

    @Test
    void unknownTagIsNoDecision() throws Exception {
        Plan plan = router.route(input(List.of("patch", "wireless-next"), "net/core/dev.c", List.of(), null), history, null);
        assertThat(plan.decided()).isFalse();
        assertThat(plan.summary()).isEqualTo("no tree: tag [wireless-next] names no configured tree");
    }

    @Test
    void fixForCommitInNetGoesToNet() throws Exception {
        Plan plan = router.route(input(List.of("patch"), "net/core/dev.c", List.of(inBoth.name().substring(0, 12)), null),
                history, trial(FIX_DEV));
        assertThat(plan.tree()).map(Tree::name).contains("net");
        assertThat(plan.steps()).extracting(RoutingStep::step).containsExactly("tag", "base-commit", "maintainers", "fixes", "base");
        assertThat(plan.summary()).contains("MAINTAINERS names net-next, net for these files")
                .contains("Fixes: commits are in net and it applies there, so net");
    }

    @Test
    void fixForCommitOnlyInNetNextGoesToNetNext() throws Exception {
        String target = onlyNext.name().substring(0, 12);
        Plan plan = router.route(input(List.of("patch"), "net/core/feature.c", List.of(target), null), history, trial(FIX_FEATURE));
        assertThat(plan.tree()).map(Tree::name).contains("net-next");
        assertThat(plan.summary()).contains("Fixes: " + target + " is not in net, so net-next");
        assertThat(plan.base()).contains(onlyNext.name());
    }

    @Test
    void noFixesGoesToTheDevelopmentTree() throws Exception {
        Plan plan = router.route(input(List.of("patch"), "net/core/dev.c", List.of(), null), history, trial(FIX_DEV));
        assertThat(plan.tree()).map(Tree::name).contains("net-next");
        assertThat(plan.summary()).contains("no Fixes: tag, so net-next");
    }

    @Test
    void maintainersNarrowsToTheBpfTrees() throws Exception {
        Plan plan = router.route(input(List.of("patch"), "kernel/bpf/verifier.c", List.of(), null), history, trial(BPF_CHANGE));
        assertThat(plan.tree()).map(Tree::name).contains("bpf-next");
        assertThat(plan.steps().get(2).remaining()).containsExactly("bpf-next", "bpf");
    }

    @Test
    void baseCommitInOneBranchDecides() throws Exception {
        Plan plan = router.route(input(List.of("patch"), "net/core/dev.c", List.of(), onlyNext.name()), history, trial(FIX_DEV));
        assertThat(plan.tree()).map(Tree::name).contains("net-next");
        assertThat(plan.steps()).extracting(RoutingStep::step).containsExactly("tag", "base-commit", "base");
        assertThat(plan.base()).contains(onlyNext.name());
    }

    @Test
    void theBaseIsTheTipEvenWhenTheBaseCommitIsOlder() throws Exception {
        // The series says it was made on inBoth; net-next has moved on to onlyNext since.
        Plan plan = router.route(input(List.of("patch", "net-next"), "net/core/dev.c", List.of(), inBoth.name()),
                history, trial(FIX_DEV));
        assertThat(plan.tree()).map(Tree::name).contains("net-next");
        assertThat(plan.base()).contains(onlyNext.name());
        RoutingStep base = plan.steps().get(plan.steps().size() - 1);
        assertThat(base.step()).isEqualTo("base");
        assertThat(base.reason()).matches("the tip of net-next, " + onlyNext.name().substring(0, 12)
                + " of \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC; base-commit " + inBoth.name()
                + " only if the series does not apply there");
    }

    @Test
    void oneConfiguredTreeIsAReasonToo() throws Exception {
        Tree only = new Tree("bpf-next", "https://example.org/bpf-next.git", "bpf-next", List.of("bpf-next"), List.of(),
                TreeKind.KERNEL, Optional.empty(), TreeRole.STANDALONE);
        Plan plan = new Router(List.of(only), null).quick(input(List.of("patch"), "kernel/bpf/verifier.c", List.of(), null));
        assertThat(plan.summary()).isEqualTo("bpf-next: bpf-next is the only tree configured");
    }

    @Test
    void baseCommitInSeveralBranchesDoesNotNarrow() throws Exception {
        Plan plan = router.route(input(List.of("patch"), "net/core/dev.c", List.of(), inBoth.name()), history, trial(FIX_DEV));
        assertThat(plan.steps().get(1).remaining()).containsExactly("net-next", "net", "bpf-next", "bpf");
        assertThat(plan.steps().get(1).reason()).contains("is in net-next, net, bpf-next, bpf");
    }

    @Test
    void trialApplyDecidesWhatNothingElseCan() throws Exception {
        // Two standalone trees with no tags, paths or MAINTAINERS: only a trial apply tells them apart.
        Tree a = new Tree("a", "https://example.org/a.git", "net", List.of("a"), List.of(), TreeKind.USER_SPACE,
                Optional.empty(), TreeRole.STANDALONE);
        Tree b = new Tree("b", "https://example.org/b.git", "net-next", List.of("b"), List.of(), TreeKind.USER_SPACE,
                Optional.empty(), TreeRole.STANDALONE);
        History h = new GitHistory(git.getRepository(), t -> "refs/heads/" + t.branch());
        Router r = new Router(List.of(a, b), null);
        Plan plan = r.route(input(List.of("patch"), "net/core/feature.c", List.of(), null), h, trial(FIX_FEATURE, h));
        assertThat(plan.tree()).map(Tree::name).contains("b");
        assertThat(plan.summary()).contains("applies only to b; the tip of b, ");

        Plan tie = r.route(input(List.of("patch"), "net/core/dev.c", List.of(), null), h, trial(FIX_DEV, h));
        assertThat(tie.decided()).isFalse();
        assertThat(tie.summary()).contains("applies to a, b: a tie");
    }

    @Test
    void quickRoutingUsesNoHistory() {
        Plan plan = router.quick(input(List.of("patch"), "net/core/dev.c", List.of("abcdef123456"), null));
        assertThat(plan.tree()).map(Tree::name).contains("net");
        assertThat(plan.base()).isEmpty();
        Plan none = router.quick(input(List.of("patch"), "README", List.of(), null));
        assertThat(none.decided()).isFalse();
        assertThat(none.summary()).endsWith("no Fixes: tag, so net-next; no Fixes: tag, so bpf-next; no rule told net-next, bpf-next apart");
    }
}
