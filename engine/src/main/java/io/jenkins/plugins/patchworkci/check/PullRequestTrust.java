package io.jenkins.plugins.patchworkci.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Whether a {@code [GIT PULL]}'s repository may be fetched and tested: only over {@code https://}
 * or {@code git://}, and only from a configured host ({@code git.kernel.org}) or a subdomain of a
 * configured {@code *.domain}. Local paths, {@code file://}, {@code ssh://} and scp-like
 * {@code user@host:path} are refused (they would read the CI machine's files or use its keys), as
 * are URLs with credentials, and {@code http://} unless allowed. Fetching is the mirror's job; this
 * only decides.
 */
public final class PullRequestTrust {

    /**
     * The decision and its reason, for the report.
     *
     * @param trusted whether the repository may be fetched
     * @param reason why, in one line
     */
    public record Decision(boolean trusted, String reason) {}

    private final List<String> hosts;
    private final boolean allowHttp;

    public PullRequestTrust(List<String> hosts, boolean allowHttp) {
        this.hosts = hosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
        this.allowHttp = allowHttp;
    }

    public static PullRequestTrust of(List<String> hosts) {
        return new PullRequestTrust(hosts, false);
    }

    public Decision decide(String url) {
        Objects.requireNonNull(url, "url");
        String u = url.strip();
        if (u.isEmpty()) {
            return new Decision(false, "no repository URL");
        }
        if (u.matches("[^/:]+@[^/:]+:.*") || !u.contains("://")) {
            return new Decision(false, "not a URL (local path or scp-like ssh location): " + u);
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            return new Decision(false, "not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean schemeOk = scheme.equals("https") || scheme.equals("git") || (allowHttp && scheme.equals("http"));
        if (!schemeOk) {
            return new Decision(false, "scheme " + scheme + ":// is not allowed (https:// or git:// only)");
        }
        if (uri.getRawUserInfo() != null) {
            return new Decision(false, "URL carries credentials");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return new Decision(false, "URL has no host");
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        for (String allowed : hosts) {
            if (allowed.startsWith("*.")) {
                String domain = allowed.substring(2);
                if (host.endsWith("." + domain)) {
                    return new Decision(true, host + " is under trusted " + allowed);
                }
            } else if (host.equals(allowed)) {
                return new Decision(true, host + " is a trusted host");
            }
        }
        return new Decision(false, "host " + host + " is not in the trusted list");
    }
}
