package io.jenkins.plugins.patchworkci.route;

import java.util.Locale;

/**
 * Compares git repository locations the way a person would: MAINTAINERS says
 * {@code git://git.kernel.org/pub/scm/...net.git} where a configuration says
 * {@code https://git.kernel.org/pub/scm/.../net.git}; both name one repository.
 */
final class GitUrl {

    private GitUrl() {}

    /** Host and path, lower-cased host, without scheme, user, port, trailing slash or ".git". */
    static String key(String url) {
        String u = url.trim();
        int scheme = u.indexOf("://");
        if (scheme >= 0) {
            u = u.substring(scheme + 3);
        } else if (u.matches("[^/]+@[^/:]+:.*")) {
            // scp-like syntax: user@host:path
            u = u.substring(u.indexOf('@') + 1).replaceFirst(":", "/");
        }
        int at = u.indexOf('@');
        int slash = u.indexOf('/');
        if (at >= 0 && (slash < 0 || at < slash)) {
            u = u.substring(at + 1);
            slash = u.indexOf('/');
        }
        String host = slash < 0 ? u : u.substring(0, slash);
        String path = slash < 0 ? "" : u.substring(slash);
        host = host.replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.endsWith(".git")) {
            path = path.substring(0, path.length() - 4);
        }
        return host + path;
    }

    static boolean sameRepository(String a, String b) {
        return key(a).equals(key(b));
    }
}
