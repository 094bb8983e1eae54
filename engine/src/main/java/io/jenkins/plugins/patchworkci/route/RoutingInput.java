package io.jenkins.plugins.patchworkci.route;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What routing needs to know about a series, and nothing more: the words of its subject prefix,
 * the files it touches, the commits its {@code Fixes:} tags name, and its {@code base-commit:}.
 *
 * @param label how to name the series in reasons (its subject or identity)
 * @param prefixWords the words of the subject prefix ({@code PATCH}, {@code net-next}, {@code v2}, ...)
 * @param paths every path the series touches (old and new names of renames)
 * @param fixes the commit hashes named by {@code Fixes:} tags, as written
 * @param baseCommit the {@code base-commit:} of the series, if any
 */
public record RoutingInput(
        String label, List<String> prefixWords, Set<String> paths, List<String> fixes, Optional<String> baseCommit) {

    public RoutingInput {
        Objects.requireNonNull(label, "label");
        prefixWords = prefixWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        paths = Set.copyOf(paths);
        fixes = List.copyOf(fixes);
        Objects.requireNonNull(baseCommit, "baseCommit");
    }
}
