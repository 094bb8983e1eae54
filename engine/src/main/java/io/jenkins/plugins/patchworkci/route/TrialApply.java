package io.jenkins.plugins.patchworkci.route;

import java.io.IOException;
import java.util.Optional;

/**
 * Applies one series to a tree in memory, to learn whether it would apply there; bound to the
 * series by the caller. Cheap: nothing is written to a work tree.
 */
@FunctionalInterface
public interface TrialApply {

    /** Empty when the series applies to the tree's tip, else a one-line reason why not. */
    Optional<String> failure(Tree tree) throws IOException, InterruptedException;
}
