package io.jenkins.plugins.patchworkci.http;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * What a user may configure about HTTP. The Jenkins layer does not use {@link #proxy()}: it builds
 * its transport from Jenkins' own proxy configuration and keeps the rest.
 *
 * @param connectTimeout how long to wait for a TCP connection
 * @param requestTimeout how long to wait for a whole response once connected
 * @param userAgent the User-Agent header sent with every request
 * @param proxy an HTTP proxy, or null to use the JVM's default proxy selector
 *     ({@code http.proxyHost}, {@code https.proxyHost}, {@code http.nonProxyHosts})
 * @param retry when and how often to retry
 */
public record HttpSettings(
        @NonNull Duration connectTimeout,
        @NonNull Duration requestTimeout,
        @NonNull String userAgent,
        @CheckForNull InetSocketAddress proxy,
        @NonNull RetryPolicy retry) {

    public static final String DEFAULT_USER_AGENT = "patchwork-ci (+https://github.com/jenkinsci/patchwork-ci-plugin)";

    public HttpSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("userAgent must be a non-blank single line");
        }
        Objects.requireNonNull(retry, "retry");
    }

    /** 10 s to connect, 60 s per response, the project's user agent, the JVM's proxies, default retries. */
    public static HttpSettings defaults() {
        return new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), DEFAULT_USER_AGENT, null,
                RetryPolicy.defaults());
    }

    public HttpSettings withTimeouts(@NonNull Duration connect, @NonNull Duration request) {
        return new HttpSettings(connect, request, userAgent, proxy, retry);
    }

    public HttpSettings withUserAgent(@NonNull String value) {
        return new HttpSettings(connectTimeout, requestTimeout, value, proxy, retry);
    }

    public HttpSettings withProxy(@CheckForNull InetSocketAddress value) {
        return new HttpSettings(connectTimeout, requestTimeout, userAgent, value, retry);
    }

    public HttpSettings withRetry(@NonNull RetryPolicy value) {
        return new HttpSettings(connectTimeout, requestTimeout, userAgent, proxy, value);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }
}
