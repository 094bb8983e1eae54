package io.jenkins.plugins.patchworkci.scan;

import io.jenkins.plugins.patchworkci.series.SeriesId;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The name of a head: the target tree and the {@link SeriesId#shortHash() short hash} of the lineage's
 * first version, {@code net-next-3f2a9c0b1d4e}; a series routing could not place is named by the hash
 * alone. The name stays the same through v2, v3, ... while the versions go to the same tree, and is a
 * different name (so a different Jenkins job) when a later version goes to another tree.
 *
 * <p>Tree names are words of {@code [A-Za-z0-9._-]} starting with a letter or digit, and the hash is
 * 12 lower-case hex digits, so a bare hash never equals a tree-qualified name and every name is safe
 * as a Jenkins item name or git ref component.
 *
 * @param lineageHash the short hash of the lineage's first version
 * @param target the tree's name, empty when routing made no decision
 */
public record HeadName(String lineageHash, Optional<String> target) implements Comparable<HeadName> {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{" + SeriesId.SHORT_HASH_LENGTH + "}");
    private static final Pattern TREE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern NAME = Pattern.compile("(?:(" + TREE.pattern() + ")-)?(" + HASH.pattern() + ")");

    public HeadName {
        Objects.requireNonNull(lineageHash, "lineageHash");
        Objects.requireNonNull(target, "target");
        if (!HASH.matcher(lineageHash).matches()) {
            throw new IllegalArgumentException("not a lineage hash (12 lower-case hex digits): " + lineageHash);
        }
        target.ifPresent(t -> {
            if (!TREE.matcher(t).matches()) {
                throw new IllegalArgumentException("not a tree name: " + t);
            }
        });
    }

    public static HeadName of(SeriesId firstVersion, @Nullable String target) {
        return new HeadName(firstVersion.shortHash(), Optional.ofNullable(target));
    }

    /** The name as written by {@link #toString()}, or empty if it is not one. */
    public static Optional<HeadName> parse(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new HeadName(m.group(2), Optional.ofNullable(m.group(1))));
    }

    @Override
    public int compareTo(HeadName o) {
        return toString().compareTo(o.toString());
    }

    @Override
    public String toString() {
        return target.map(t -> t + "-" + lineageHash).orElse(lineageHash);
    }
}
