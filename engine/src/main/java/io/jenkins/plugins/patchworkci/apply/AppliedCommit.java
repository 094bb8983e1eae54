package io.jenkins.plugins.patchworkci.apply;

import java.util.Objects;
import org.eclipse.jgit.lib.ObjectId;

/**
 * One patch turned into a commit.
 *
 * @param index 1-based position of the patch in what was applied (prerequisites first)
 * @param subject the patch's subject
 * @param commit the commit made
 * @param tree its tree
 * @param prerequisite true when the patch came from a prerequisite series, not the series itself
 */
public record AppliedCommit(int index, String subject, ObjectId commit, ObjectId tree, boolean prerequisite) {
    public AppliedCommit {
        Objects.requireNonNull(subject, "subject");
        commit = commit.copy();
        tree = tree.copy();
    }
}
