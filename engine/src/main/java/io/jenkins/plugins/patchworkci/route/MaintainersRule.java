package io.jenkins.plugins.patchworkci.route;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Rule 3: the files. A tree with path patterns keeps only series touching them; then the kernel
 * MAINTAINERS {@code T:} trees of the sections covering the touched files narrow the candidates.
 * {@code T:} often lists both the fixes and the development tree, so this narrows, seldom decides.
 */
final class MaintainersRule implements Rule {

    private final @Nullable Maintainers maintainers;

    MaintainersRule(@Nullable Maintainers maintainers) {
        this.maintainers = maintainers;
    }

    @Override
    public RoutingStep narrow(List<Tree> candidates, RoutingInput input) {
        List<Tree> byPaths = candidates.stream().filter(t -> carries(t, input.paths())).toList();
        String pathNote = byPaths.size() < candidates.size() && !byPaths.isEmpty()
                ? "paths fit " + Rule.list(byPaths) + "; " : "";
        List<Tree> base = byPaths.isEmpty() ? candidates : byPaths;
        if (maintainers == null || input.paths().isEmpty()) {
            return new RoutingStep("maintainers", Rule.names(base),
                    pathNote + (maintainers == null ? "skipped: no MAINTAINERS file" : "skipped: no files touched"), false);
        }
        Set<ScmLocation> locations = maintainers.treesFor(input.paths());
        List<Tree> named = base.stream()
                .filter(t -> locations.stream().anyMatch(l -> t.isAt(l.url())))
                .toList();
        if (named.isEmpty()) {
            return new RoutingStep("maintainers", Rule.names(base),
                    pathNote + "MAINTAINERS names none of " + Rule.list(base) + " for these files", false);
        }
        return new RoutingStep("maintainers", Rule.names(named),
                pathNote + "MAINTAINERS names " + Rule.list(named) + " for these files", false);
    }

    private static boolean carries(Tree tree, Set<String> paths) {
        if (tree.paths().isEmpty()) {
            return true;
        }
        List<FilePattern> patterns = tree.paths().stream().map(FilePattern::of).toList();
        return paths.stream().anyMatch(p -> patterns.stream().anyMatch(f -> f.matches(p, null)));
    }
}
