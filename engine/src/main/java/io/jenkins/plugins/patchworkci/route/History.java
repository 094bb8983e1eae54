package io.jenkins.plugins.patchworkci.route;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * The repository history routing may consult: which commits a tree's branch contains. Only the
 * agent, where the mirror is, has it; the controller routes without it.
 */
public interface History {

    /** The full id of the tip of the tree's branch, empty when the branch is not fetched. */
    Optional<String> tip(Tree tree) throws IOException;

    /**
     * Whether the tree's branch contains the commit (given full or abbreviated, as {@code Fixes:}
     * and {@code base-commit:} give it). An unknown or ambiguous abbreviation is not contained.
     */
    boolean contains(Tree tree, String commit) throws IOException;

    /** When a commit of the tree was committed; empty when it is not known here. */
    default Optional<Instant> commitTime(Tree tree, String commit) throws IOException {
        return Optional.empty();
    }
}
