package io.jenkins.plugins.patchworkci.cli;

import io.jenkins.plugins.patchworkci.apply.AppliedSeries;
import io.jenkins.plugins.patchworkci.job.LocalTrees;
import io.jenkins.plugins.patchworkci.job.MissingTreeException;
import io.jenkins.plugins.patchworkci.job.SeriesJob;
import io.jenkins.plugins.patchworkci.job.SeriesJobResult;
import io.jenkins.plugins.patchworkci.route.Plan;
import io.jenkins.plugins.patchworkci.route.RoutingConfig;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.run.RunConfig;
import io.jenkins.plugins.patchworkci.series.Series;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;

/**
 * The series job ({@link SeriesJob}) onto a local repository, for {@code pwci apply} and
 * {@code pwci check}: routed by the configured trees as the repository holds them ({@link LocalTrees}),
 * or onto a ref given by the user, or onto HEAD; applied in the object database, committed by the
 * repository's user, with the configuration's apply options. A routed tree the repository lacks is a
 * usage error naming the {@code git remote add} that would fix it.
 */
final class LocalApply {

    /**
     * What happened.
     *
     * @param job the series job's result
     * @param where the ref the base was read from, for people
     */
    record Result(SeriesJobResult job, String where) {

        Plan plan() {
            return job.plan().orElseThrow();
        }

        Optional<AppliedSeries> applied() {
            return job.applied();
        }
    }

    private final Repository repo;
    private final List<Tree> trees;
    private final String onto;
    private LocalTrees local;
    private String where = "";

    /** @param trees the trees to route among; none means onto {@code onto} or HEAD */
    LocalApply(Repository repo, List<Tree> trees, String onto) {
        this.repo = repo;
        this.trees = List.copyOf(trees);
        this.onto = onto;
    }

    /** The series job onto this repository, to be completed (checks, update ref) and {@link #call called}. */
    SeriesJob job(Series series, Optional<RunConfig> cfg) throws UsageException, IOException {
        SeriesJob job = new SeriesJob(series).setCommitter(new PersonIdent(repo)).setStopWhenTreeMissing(true);
        cfg.ifPresent(c -> job.setThreeWay(c.threeWay()).setRebuildPreimage(c.rebuildPreimage()).setSignOff(c.signOff())
                .setLinkPattern(c.linkPattern().orElse(null)));
        if (onto != null || trees.isEmpty()) {
            String ref = onto == null ? Constants.HEAD : onto;
            ObjectId base = repo.resolve(ref + "^{commit}");
            if (base == null) {
                throw new UsageException(ref + " names no commit in " + repo.getDirectory());
            }
            where = ref;
            // without a routed tree the checks name what the series went onto: "Applied to HEAD"
            return job.setOnto(repo, ref, base, onto != null ? onto : "the branch");
        }
        local = new LocalTrees(repo, trees);
        return job.setTrees(local, new RoutingConfig(trees, RoutingConfig.DEFAULT_COMPANION_WINDOW),
                cfg.flatMap(RunConfig::maintainers).orElse(null));
    }

    Result call(SeriesJob job) throws UsageException, IOException, InterruptedException {
        SeriesJobResult r;
        try {
            r = job.call();
        } catch (MissingTreeException e) {
            Tree tree = e.tree();
            throw new UsageException("the series is for " + tree.name() + ", which this repository does not have: "
                    + "looked for " + local.describe(tree) + "; add it with: git remote add " + tree.name() + " "
                    + tree.remote() + " && git fetch " + tree.name());
        }
        Optional<Tree> tree = r.plan().flatMap(Plan::tree);
        return new Result(r, tree.isPresent() ? local.describe(tree.get()) : local != null ? "" : where);
    }
}
