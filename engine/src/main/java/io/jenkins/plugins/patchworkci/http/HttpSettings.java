package io.jenkins.plugins.patchworkci.http;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
 * @param maxBodyBytes the most one response body may hold, counted on the wire and again after
 *     {@code Content-Encoding: gzip} is decoded; a bigger one fails with {@link ResponseTooLargeException}.
 *     A request may ask for less ({@link HttpRequest#withMaxBodyBytes}), never for more.
 * @param maxResponseTime how long one whole response may take, body included: {@code requestTimeout}
 *     only covers the wait for the status line and headers, so a server dripping a body byte by byte
 *     is stopped by this
 */
public record HttpSettings(
        Duration connectTimeout,
        Duration requestTimeout,
        String userAgent,
        @Nullable InetSocketAddress proxy,
        RetryPolicy retry,
        long maxBodyBytes,
        Duration maxResponseTime) {

    public static final String DEFAULT_USER_AGENT = "patchwork-ci (+https://github.com/jenkinsci/patchwork-ci-plugin)";

    /**
     * 64 MiB: the largest message the mail reader accepts ({@code MailLimits}), so the biggest
     * mbox or patch a server can legitimately send for one message, and far above any API page.
     */
    public static final long DEFAULT_MAX_BODY_BYTES = 64L << 20;

    /** 5 minutes: a 64 MiB body at about 220 KB/s; real Patchwork pages and mboxes take seconds. */
    public static final Duration DEFAULT_MAX_RESPONSE_TIME = Duration.ofMinutes(5);

    public HttpSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("userAgent must be a non-blank single line");
        }
        Objects.requireNonNull(retry, "retry");
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
        requirePositive(maxResponseTime, "maxResponseTime");
    }

    /**
     * 10 s to connect, 60 s to the response headers, 5 minutes and 64 MiB for the whole response, the
     * project's user agent, the JVM's proxies, default retries.
     */
    public static HttpSettings defaults() {
        return new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), DEFAULT_USER_AGENT, null,
                RetryPolicy.defaults(), DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_RESPONSE_TIME);
    }

    public HttpSettings withTimeouts(Duration connect, Duration request) {
        return new HttpSettings(connect, request, userAgent, proxy, retry, maxBodyBytes, maxResponseTime);
    }

    public HttpSettings withUserAgent(String value) {
        return new HttpSettings(connectTimeout, requestTimeout, value, proxy, retry, maxBodyBytes, maxResponseTime);
    }

    public HttpSettings withProxy(@Nullable InetSocketAddress value) {
        return new HttpSettings(connectTimeout, requestTimeout, userAgent, value, retry, maxBodyBytes, maxResponseTime);
    }

    public HttpSettings withRetry(RetryPolicy value) {
        return new HttpSettings(connectTimeout, requestTimeout, userAgent, proxy, value, maxBodyBytes, maxResponseTime);
    }

    public HttpSettings withMaxBodyBytes(long value) {
        return new HttpSettings(connectTimeout, requestTimeout, userAgent, proxy, retry, value, maxResponseTime);
    }

    public HttpSettings withMaxResponseTime(Duration value) {
        return new HttpSettings(connectTimeout, requestTimeout, userAgent, proxy, retry, maxBodyBytes, value);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }
}
