package io.jenkins.plugins.patchworkci.route;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares git repository locations the way a person would: MAINTAINERS says
 * {@code git://git.kernel.org/pub/scm/...net.git} where a configuration says
 * {@code https://git.kernel.org/pub/scm/.../net.git}; both name one repository. A local
 * repository's remote may be a path or a {@code file://} URL of the same directory. The one
 * comparison of locations: routing's MAINTAINERS {@code T:} lines and {@code pwci}'s local remotes
 * both use it (through {@link Tree#isAt}).
 *
 * <p>Locations are told apart as git tells them apart: {@code scheme://} is a URL; otherwise a
 * colon before the first slash is scp-like ssh ({@code [user@]host:path}, so {@code file:/x} is the
 * host {@code file}, as {@code git ls-remote} reads it); anything else is a local path. Host names
 * are compared without case, paths with it (git and the file system tell {@code /srv/Net} from
 * {@code /srv/net}).
 */
final class GitUrl {

    private static final Pattern URL = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://([^/]*)(.*)", Pattern.DOTALL);

    private GitUrl() {}

    static boolean sameRepository(String a, String b) {
        return key(a).equals(key(b));
    }

    /**
     * Host and path, lower-cased host, without scheme, user, port, trailing slashes or
     * {@code .git} (nor {@code /.git}: git finds a work tree's repository either way); a local
     * path or {@code file://} URL as its normalised path, whatever the URL's host (git ignores it).
     */
    static String key(String url) {
        String u = url.strip();
        Matcher m = URL.matcher(u);
        if (m.matches()) {
            if (m.group(1).equals("file")) {
                return path(localPath(percentDecoded(m.group(3))));
            }
            return host(m.group(2)) + path(m.group(3));
        }
        int colon = u.indexOf(':');
        int slash = u.indexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash)) {
            // scp-like: [user@]host:path, the path relative to the host's root as hosting sites read it.
            String rest = u.substring(colon + 1);
            return host(u.substring(0, colon)) + path("/" + rest.replaceFirst("^/+", ""));
        }
        return path(localPath(u));
    }

    /** The host of an authority, without user, port or case. */
    private static String host(String authority) {
        String h = authority.substring(authority.lastIndexOf('@') + 1);
        return h.replaceFirst(":\\d*$", "").toLowerCase(Locale.ROOT);
    }

    /** A path without trailing slashes and {@code .git}. */
    private static String path(String p) {
        return p.replaceAll("/+$", "").replaceFirst("\\.git$", "").replaceAll("/+$", "");
    }

    /** A local path with {@code .}, {@code ..} and doubled slashes resolved as names, as the file system would. */
    private static String localPath(String p) {
        try {
            return Path.of(p).normalize().toString();
        } catch (InvalidPathException e) {
            return p;
        }
    }

    /** Git decodes {@code %xx} in a {@code file://} URL; a {@code +} stays a plus. */
    private static String percentDecoded(String p) {
        try {
            return URLDecoder.decode(p.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return p;
        }
    }
}
