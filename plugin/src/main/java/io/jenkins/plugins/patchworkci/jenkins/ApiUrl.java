package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The root of a Patchwork server's REST API as an administrator types it, for example
 * {@code https://patchwork.kernel.org/api/}. Parsing rejects what cannot be a Patchwork API root
 * and says why; the root always ends with a slash. The engine's {@code PatchworkClient} (and its
 * {@code PatchworkProbe}) take it as the server and ask {@code api/1.3/} to {@code api/1.1/} beneath it.
 */
final class ApiUrl {
    private final URI root;

    private ApiUrl(URI root) {
        this.root = root;
    }

    /**
     * Parses an API root.
     *
     * @throws IllegalArgumentException naming what is wrong with {@code text}
     */
    @NonNull
    static ApiUrl parse(@CheckForNull String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("The API URL is required, for example https://patchwork.kernel.org/api/");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a URL: " + e.getReason() + " at index " + e.getIndex());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("The API URL must start with https:// (or http://)");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("The API URL has no host name");
        }
        // A password in the URL would be stored and shown in clear; the token belongs in a credential.
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("Put no user name or password in the URL; select a credential instead");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("The API URL must not have a query (?…) or fragment (#…)");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        return new ApiUrl(URI.create(scheme + "://" + uri.getRawAuthority() + path));
    }

    /** The root, ending with a slash. */
    @NonNull
    URI root() {
        return root;
    }

    /** Whether the token would travel encrypted. */
    boolean isEncrypted() {
        return root.getScheme().equals("https");
    }

    /** Whether the path ends in {@code /api/}, where Patchwork serves its REST API. */
    boolean endsInApi() {
        return root.getRawPath().endsWith("/api/");
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
