package io.jenkins.plugins.patchworkci.check;

import io.jenkins.plugins.patchworkci.check.results.SuiteRun;
import io.jenkins.plugins.patchworkci.route.Plan;
import io.jenkins.plugins.patchworkci.route.TreeRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the checks may look at for one series, built by the integrator from the series, its
 * plan and the apply result. Checks read it; none changes it (checks that build move the work
 * tree's HEAD, and put it back).
 *
 * @param seriesLabel the series as people name it ({@code [PATCH net-next v2 0/3] foo})
 * @param treeName the target tree's name ({@code net-next})
 * @param treeRole whether it is a fixes tree (net, bpf)
 * @param treeTag the tree tag the subject carried, empty when none
 * @param coverLetter whether the series had a cover letter
 * @param pullRequest whether the series is a {@code [GIT PULL]}
 * @param patches the patches 1..N in order
 * @param workTree the git work tree of the target tree, with the series applied, if any
 * @param baseCommit the commit the series was applied onto
 * @param plan the routing plan, for {@code tree_selection}
 * @param apply the apply result, for {@code apply}
 * @param testRuns the test suites run on base and series, for the test-result check
 * @param tools interpreters, timeouts and output bounds
 * @param launcher how checks start programs from the patched tree (a sandbox, or directly)
 */
public record CheckContext(
        String seriesLabel,
        String treeName,
        TreeRole treeRole,
        Optional<String> treeTag,
        boolean coverLetter,
        boolean pullRequest,
        List<PatchUnderTest> patches,
        Optional<Path> workTree,
        Optional<String> baseCommit,
        Optional<Plan> plan,
        Optional<ApplyOutcome> apply,
        List<SuiteRun> testRuns,
        Tools tools,
        ToolLauncher launcher) {

    public CheckContext {
        Objects.requireNonNull(seriesLabel, "seriesLabel");
        Objects.requireNonNull(treeName, "treeName");
        Objects.requireNonNull(treeRole, "treeRole");
        Objects.requireNonNull(treeTag, "treeTag");
        patches = List.copyOf(patches);
        for (int i = 0; i < patches.size(); i++) {
            if (patches.get(i).number() != i + 1) {
                throw new IllegalArgumentException(seriesLabel + ": patch " + (i + 1) + " is numbered "
                        + patches.get(i).number());
            }
        }
        Objects.requireNonNull(workTree, "workTree");
        Objects.requireNonNull(baseCommit, "baseCommit");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(apply, "apply");
        testRuns = List.copyOf(testRuns);
        Objects.requireNonNull(tools, "tools");
        Objects.requireNonNull(launcher, "launcher");
    }

    public static Builder builder(String seriesLabel, String treeName, TreeRole role) {
        return new Builder(seriesLabel, treeName, role);
    }

    /** Whether every patch was applied (each has a commit) in a work tree with a known base. */
    public boolean applied() {
        return workTree.isPresent() && baseCommit.isPresent() && !patches.isEmpty()
                && patches.stream().allMatch(p -> p.commit().isPresent());
    }

    /** The commit before a patch: the previous patch's commit, or the base for the first. */
    public Optional<String> parentOf(PatchUnderTest patch) {
        return patch.number() == 1 ? baseCommit : patches.get(patch.number() - 2).commit();
    }

    /** The last commit of the series, when it was applied. */
    public Optional<String> lastCommit() {
        return patches.isEmpty() ? Optional.empty() : patches.get(patches.size() - 1).commit();
    }

    /** The tree file, when the work tree exists and has it. */
    public Optional<Path> treeFile(String relative) {
        return workTree.map(w -> w.resolve(relative)).filter(java.nio.file.Files::isRegularFile);
    }

    /** Fluent construction: the record has many parts and most are optional. */
    public static final class Builder {
        private final String seriesLabel;
        private final String treeName;
        private final TreeRole role;
        private Optional<String> treeTag = Optional.empty();
        private boolean coverLetter;
        private boolean pullRequest;
        private final List<PatchUnderTest> patches = new ArrayList<>();
        private Optional<Path> workTree = Optional.empty();
        private Optional<String> baseCommit = Optional.empty();
        private Optional<Plan> plan = Optional.empty();
        private Optional<ApplyOutcome> apply = Optional.empty();
        private final List<SuiteRun> testRuns = new ArrayList<>();
        private Tools tools = Tools.defaults();
        private ToolLauncher launcher = ToolLauncher.UNSET;

        private Builder(String seriesLabel, String treeName, TreeRole role) {
            this.seriesLabel = seriesLabel;
            this.treeName = treeName;
            this.role = role;
        }

        public Builder treeTag(String tag) {
            this.treeTag = Optional.ofNullable(tag);
            return this;
        }

        public Builder coverLetter(boolean present) {
            this.coverLetter = present;
            return this;
        }

        public Builder pullRequest(boolean pull) {
            this.pullRequest = pull;
            return this;
        }

        public Builder patch(PatchUnderTest patch) {
            patches.add(patch);
            return this;
        }

        public Builder patches(List<PatchUnderTest> all) {
            patches.addAll(all);
            return this;
        }

        public Builder workTree(Path tree, String base) {
            this.workTree = Optional.of(tree);
            this.baseCommit = Optional.of(base);
            return this;
        }

        public Builder plan(Plan p) {
            this.plan = Optional.of(p);
            return this;
        }

        public Builder apply(ApplyOutcome a) {
            this.apply = Optional.of(a);
            return this;
        }

        public Builder testRun(SuiteRun run) {
            testRuns.add(run);
            return this;
        }

        public Builder tools(Tools t) {
            this.tools = t;
            return this;
        }

        /**
         * How programs from the patched tree start, and in which environment; a context without one
         * ({@link ToolLauncher#UNSET}) starts none.
         */
        public Builder launcher(ToolLauncher l) {
            this.launcher = Objects.requireNonNull(l);
            return this;
        }

        public CheckContext build() {
            return new CheckContext(seriesLabel, treeName, role, treeTag, coverLetter, pullRequest, patches,
                    workTree, baseCommit, plan, apply, testRuns, tools, launcher);
        }
    }
}
