package io.jenkins.plugins.patchworkci.cli;

import io.jenkins.plugins.patchworkci.apply.AppliedSeries;
import io.jenkins.plugins.patchworkci.apply.ApplySeries;
import io.jenkins.plugins.patchworkci.apply.PatchToApply;
import io.jenkins.plugins.patchworkci.route.Maintainers;
import io.jenkins.plugins.patchworkci.route.Plan;
import io.jenkins.plugins.patchworkci.route.Router;
import io.jenkins.plugins.patchworkci.route.RoutingStep;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.route.TreeKind;
import io.jenkins.plugins.patchworkci.run.SeriesFacts;
import io.jenkins.plugins.patchworkci.series.Series;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;

/**
 * Plans and applies one series onto a local repository, in its object database (no work tree is
 * touched): routed by the configured trees as the repository holds them ({@link LocalTrees}), or
 * onto a ref given by the user, or onto HEAD. The command object of {@code pwci apply} and
 * {@code pwci check}.
 */
final class LocalApply {

    /**
     * What happened.
     *
     * @param plan the routing plan (a one-step plan naming the ref when not routed)
     * @param applied the apply result, empty when routing decided no tree
     * @param where the ref the base was read from, for people
     */
    record Result(Plan plan, Optional<AppliedSeries> applied, String where) {

        boolean succeeded() {
            return applied.map(AppliedSeries::applied).orElse(false);
        }
    }

    private final Repository repo;
    private List<Tree> trees = List.of();
    private Path maintainers;
    private String onto;
    private boolean threeWay = true;
    private boolean rebuildPreimage;
    private boolean signOff;
    private String linkPattern;
    private String updateRef;
    private PersonIdent committer;

    LocalApply(Repository repo) {
        this.repo = repo;
    }

    /** Route among these trees; none means apply onto {@link #onto} or HEAD. */
    LocalApply trees(List<Tree> value) {
        this.trees = List.copyOf(value);
        return this;
    }

    LocalApply maintainers(Path file) {
        this.maintainers = file;
        return this;
    }

    /** A ref or commit to apply onto, overriding routing. */
    LocalApply onto(String ref) {
        this.onto = ref;
        return this;
    }

    LocalApply threeWay(boolean value) {
        this.threeWay = value;
        return this;
    }

    LocalApply rebuildPreimage(boolean value) {
        this.rebuildPreimage = value;
        return this;
    }

    LocalApply signOff(boolean value) {
        this.signOff = value;
        return this;
    }

    LocalApply linkPattern(String value) {
        this.linkPattern = value;
        return this;
    }

    /** The ref to point at the last commit when the series applies. */
    LocalApply updateRef(String ref) {
        this.updateRef = ref;
        return this;
    }

    LocalApply committer(PersonIdent who) {
        this.committer = who;
        return this;
    }

    Result call(Series series) throws UsageException, IOException, InterruptedException {
        List<PatchToApply> patches = SeriesFacts.patchesToApply(series);
        Plan plan;
        String where;
        if (onto != null || trees.isEmpty()) {
            String ref = onto == null ? Constants.HEAD : onto;
            ObjectId base = repo.resolve(ref + "^{commit}");
            if (base == null) {
                throw new UsageException(ref + " names no commit in " + repo.getDirectory());
            }
            where = ref;
            plan = new Plan(series.subject(), Optional.empty(), Optional.of(base.name()),
                    List.of(new RoutingStep("onto", List.of(), "onto " + ref + " as asked", false)), List.of());
        } else {
            LocalTrees local = new LocalTrees(repo, trees);
            Router router = new Router(trees, maintainers(local));
            plan = router.route(SeriesFacts.routingInput(series), local, local.trial(patches));
            if (!plan.decided()) {
                return new Result(plan, Optional.empty(), "");
            }
            Tree tree = plan.tree().get();
            where = local.describe(tree);
            if (plan.base().isEmpty()) {
                throw new UsageException("the series is for " + tree.name() + ", which this repository does not have: "
                        + "looked for " + where + "; add it with: git remote add " + tree.name() + " " + tree.remote()
                        + " && git fetch " + tree.name());
            }
        }
        ApplySeries apply = new ApplySeries(repo).setTip(ObjectId.fromString(plan.base().get()))
                .setPatches(patches).setThreeWay(threeWay).setRebuildPreimage(rebuildPreimage).setSignOff(signOff)
                .setLinkPattern(linkPattern).setCommitter(committer).setUpdateRef(updateRef);
        if (onto == null && !trees.isEmpty()) {
            apply.setBaseCommit(series.metadata().baseCommit().orElse(null));
        }
        return new Result(plan, Optional.of(apply.call()), where);
    }

    private Maintainers maintainers(LocalTrees local) throws IOException {
        if (maintainers != null) {
            return Maintainers.read(maintainers);
        }
        for (Tree t : trees) {
            if (t.kind() == TreeKind.KERNEL) {
                Optional<Maintainers> m = local.maintainers(t);
                if (m.isPresent()) {
                    return m.get();
                }
            }
        }
        return null;
    }
}
