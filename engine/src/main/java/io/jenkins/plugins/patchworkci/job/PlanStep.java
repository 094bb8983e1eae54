package io.jenkins.plugins.patchworkci.job;

import io.jenkins.plugins.patchworkci.apply.PatchToApply;
import io.jenkins.plugins.patchworkci.job.LibbpfPart;
import io.jenkins.plugins.patchworkci.job.SeriesFacts;
import io.jenkins.plugins.patchworkci.route.Companion;
import io.jenkins.plugins.patchworkci.route.CompanionFinder;
import io.jenkins.plugins.patchworkci.route.Maintainers;
import io.jenkins.plugins.patchworkci.route.Plan;
import io.jenkins.plugins.patchworkci.route.Router;
import io.jenkins.plugins.patchworkci.route.RoutingConfig;
import io.jenkins.plugins.patchworkci.route.RoutingStep;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.route.TreeKind;
import io.jenkins.plugins.patchworkci.series.Series;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a series goes: routed among the configured trees, and for a kernel series its companions
 * (the user-space series posted with it, and its libbpf part), each routed the same way.
 */
final class PlanStep {

    private final RoutingConfig routing;
    private final TreeAccess trees;
    private final Path maintainersFile;

    /** @param maintainersFile the configured MAINTAINERS file; null reads the one of the first kernel tree */
    PlanStep(RoutingConfig routing, TreeAccess trees, Path maintainersFile) {
        this.routing = routing;
        this.trees = trees;
        this.maintainersFile = maintainersFile;
    }

    /** Routes the series; a kernel series gets its companions among {@code neighbours}. */
    Plan route(Series series, List<PatchToApply> patches, List<Series> neighbours) throws IOException, InterruptedException {
        Router router = new Router(routing.trees(), maintainers());
        Plan plan = router.route(SeriesFacts.routingInput(series), trees, trees.trial(patches));
        if (plan.tree().map(t -> t.kind() != TreeKind.KERNEL).orElse(true)) {
            return plan;
        }
        List<Companion> found = new CompanionFinder(routing).find(SeriesFacts.posted(series),
                neighbours.stream().map(SeriesFacts::posted).toList());
        List<Plan> companions = new ArrayList<>();
        Optional<Tree> libbpf = routing.tree("libbpf");
        if (libbpf.isPresent() && libbpf.get().kind() == TreeKind.USER_SPACE) {
            LibbpfPart.plan(series.subject(), libbpf.get(), trees, LibbpfPart.map(patches)).ifPresent(companions::add);
        }
        for (Companion c : found) {
            Series s = neighbours.stream().filter(n -> n.id().messageId().equals(c.series().id())).findFirst().orElseThrow();
            Plan p = router.route(SeriesFacts.routingInput(s), trees, trees.trial(SeriesFacts.patchesToApply(s)));
            companions.add(new Plan(c.label(), p.tree(), p.base(), p.steps(), List.of()));
        }
        return plan.withCompanions(companions);
    }

    /** A plan with no routing: the series goes onto the tip of the tree it is given. */
    static Plan given(Series series, Tree tree, TreeAccess trees) throws IOException {
        return new Plan(series.subject(), Optional.of(tree), trees.tip(tree),
                List.of(new RoutingStep("given", List.of(tree.name()), "onto " + tree.name() + " as asked", false)),
                List.of());
    }

    /** A plan with no tree: the series goes onto the commit a ref names. */
    static Plan onto(Series series, String base, String ref) {
        return new Plan(series.subject(), Optional.empty(), Optional.of(base),
                List.of(new RoutingStep("onto", List.of(), "onto " + ref + " as asked", false)), List.of());
    }

    /** The configured MAINTAINERS file, else the one at the tip of the first kernel tree that has one. */
    private Maintainers maintainers() throws IOException {
        if (maintainersFile != null) {
            return Maintainers.read(maintainersFile);
        }
        for (Tree t : routing.trees()) {
            if (t.kind() == TreeKind.KERNEL) {
                Optional<Maintainers> m = trees.maintainers(t);
                if (m.isPresent()) {
                    return m.get();
                }
            }
        }
        return null;
    }
}
