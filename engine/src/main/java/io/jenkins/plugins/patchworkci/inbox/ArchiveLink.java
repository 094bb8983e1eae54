package io.jenkins.plugins.patchworkci.inbox;

import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The archive thread of a series: a public-inbox base URL (the list, {@code https://lore.kernel.org/netdev/},
 * or lore's every-list view {@code https://lore.kernel.org/all/}) and the series' Message-ID, escaped as
 * public-inbox escapes it ({@link LoreLink#escape}), so the link opens the message and its thread.
 */
public final class ArchiveLink {

    private ArchiveLink() {}

    /**
     * The thread URL, or empty when no archive is configured (a blank base).
     *
     * @throws IllegalArgumentException naming the base when it is not an http(s) URL with a host
     */
    public static Optional<String> of(@Nullable String base, String messageId) {
        if (base == null || base.isBlank()) {
            return Optional.empty();
        }
        URI root = checkedBase(base);
        String id = messageId.strip();
        if (id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1).strip();
        }
        if (id.isEmpty()) {
            return Optional.empty();
        }
        String escaped = LoreLink.escape(id);
        if (escaped.equals(".") || escaped.equals("..")) {
            escaped = escaped.replace(".", "%2E"); // a dot segment would climb out of the list
        }
        // concatenated, not URI.resolve: an id like "a:b" must not read as a scheme, nor ".." as a step up
        return Optional.of(root + escaped + "/");
    }

    /** The base as a directory URL ending in {@code /}; an error naming it if it is not http(s). */
    public static URI checkedBase(String base) {
        URI u;
        try {
            u = URI.create(base.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("archive base URL is not a URL: '" + base + "'", e);
        }
        if (u.getScheme() == null || !u.getScheme().matches("(?i)https?") || u.getHost() == null
                || u.getRawQuery() != null || u.getRawFragment() != null) {
            throw new IllegalArgumentException("archive base URL must be an http(s) URL such as"
                    + " https://lore.kernel.org/all/ (no query or fragment): '" + base + "'");
        }
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return u.resolve(path.endsWith("/") ? path : path + "/");
    }
}
