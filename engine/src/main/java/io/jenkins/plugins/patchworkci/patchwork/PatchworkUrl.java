package io.jenkins.plugins.patchworkci.patchwork;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A Patchwork server's address as a person types it: its REST API root
 * ({@code https://patchwork.kernel.org/api/}, what the Jenkins form asks for) or the server's root
 * ({@code https://patchwork.kernel.org/}, what {@code pwci} and {@code pwci.yaml} take). The one check of
 * such an address: the Jenkins form validation, the connection the plugin opens and every
 * {@link PatchworkClient} go through it, so each refuses the same addresses for the same reasons.
 * Parsing rejects what cannot be a Patchwork address and says why in one line; the root always ends with
 * a slash. A user name or password in the address is refused without being repeated: the token belongs in
 * a credential (Jenkins) or an environment variable (pwci), never in a URL that is stored and shown.
 */
public final class PatchworkUrl {

    private final URI root;

    private PatchworkUrl(URI root) {
        this.root = root;
    }

    /**
     * Parses an address as typed (surrounding blanks ignored).
     *
     * @throws IllegalArgumentException naming what is wrong with {@code text}
     */
    public static PatchworkUrl parse(@Nullable String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("A Patchwork URL is required, for example https://patchwork.kernel.org/api/");
        }
        try {
            return of(new URI(trimmed));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a URL: " + e.getReason() + " at index " + e.getIndex());
        }
    }

    /**
     * Checks an address already read as a URI.
     *
     * @throws IllegalArgumentException naming what is wrong with it
     */
    public static PatchworkUrl of(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("A Patchwork URL must start with https:// (or http://)");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("Put no user name or password in the Patchwork URL: give the API"
                    + " token as a credential (Jenkins) or in an environment variable (pwci)");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("The Patchwork URL has no host name");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("A Patchwork URL must not have a query (?…) or fragment (#…)");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        return new PatchworkUrl(URI.create(scheme + "://" + uri.getRawAuthority() + path));
    }

    /** The address, ending with a slash. */
    public URI root() {
        return root;
    }

    /** Whether a token sent there would travel encrypted. */
    public boolean isEncrypted() {
        return root.getScheme().equals("https");
    }

    /** Whether the path ends in {@code /api/}, where Patchwork serves its REST API. */
    public boolean endsInApi() {
        return root.getRawPath().endsWith("/api/");
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
