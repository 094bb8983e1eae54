package io.jenkins.plugins.patchworkci.route;

import java.io.IOException;
import java.util.List;

/** One routing rule: narrows the candidate trees for a series and says why. */
interface Rule {

    RoutingStep narrow(List<Tree> candidates, RoutingInput input) throws IOException, InterruptedException;

    static List<String> names(List<Tree> trees) {
        return trees.stream().map(Tree::name).toList();
    }

    static String list(List<Tree> trees) {
        return String.join(", ", names(trees));
    }
}
