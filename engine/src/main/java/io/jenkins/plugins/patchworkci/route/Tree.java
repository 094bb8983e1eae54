package io.jenkins.plugins.patchworkci.route;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A tree patches are tested against: a remote, a branch, the subject tags that name it, optional
 * path patterns, its kind, and its family and role (net is the fixes tree of the net family,
 * net-next its development tree).
 *
 * @param name the tree's name, unique in a configuration ({@code net-next})
 * @param remote the fetch URL
 * @param branch the branch patches are applied to
 * @param tags the subject-prefix words that select this tree, lower case
 * @param paths path patterns (MAINTAINERS {@code F:} syntax) of the files this tree carries; empty
 *     means any
 * @param kind kernel or user space
 * @param family the family name shared by a fixes tree and its development tree, if any
 * @param role fixes, development or standalone
 */
public record Tree(
        String name,
        String remote,
        String branch,
        List<String> tags,
        List<String> paths,
        TreeKind kind,
        Optional<String> family,
        TreeRole role) {

    public Tree {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("tree name must be a word of letters, digits, '.', '_' or '-': " + name);
        }
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(branch, "branch");
        tags = tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        paths = List.copyOf(paths);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(role, "role");
    }

    /** Whether a subject-prefix word names this tree (case does not matter). */
    public boolean taggedBy(String word) {
        return tags.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a location (a MAINTAINERS {@code T:} line, a local repository's remote) is this tree's
     * remote: scheme, user, port and {@code .git} ignored, a path and its {@code file://} URL alike.
     */
    public boolean isAt(String url) {
        return GitUrl.sameRepository(remote, url);
    }

    @Override
    public String toString() {
        return name + " (" + remote + " " + branch + ")";
    }
}
