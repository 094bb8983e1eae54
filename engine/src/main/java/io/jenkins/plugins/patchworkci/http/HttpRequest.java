package io.jenkins.plugins.patchworkci.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One request, as a value. {@link #toString()} never shows credential headers, so a request may be
 * logged or put into an exception message safely.
 *
 * @param method GET, HEAD or POST
 * @param uri the absolute URI
 * @param headers request headers (names as given; values are not logged for {@link #SECRET_HEADERS})
 * @param body the body, empty for GET
 * @param retryable whether the request may be sent again after a failure whose outcome is unknown
 *     (a timeout, a cut connection, a 5xx); true for GET and HEAD
 * @param maxBodyBytes the most this request's response body may hold, when the caller knows it needs
 *     less than the transport's own limit (an API page rather than an mbox); 0 for the transport's limit.
 *     A transport applies the smaller of the two.
 */
public record HttpRequest(
        String method,
        URI uri,
        Map<String, String> headers,
        byte[] body,
        boolean retryable,
        long maxBodyBytes) {

    /** Headers whose values are credentials: never logged, never in {@code toString()}. */
    public static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie");

    public HttpRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("not an absolute URI: " + uri);
        }
        headers = Map.copyOf(headers);
        body = body.clone();
        if (maxBodyBytes < 0) {
            throw new IllegalArgumentException("maxBodyBytes must be 0 (the transport's limit) or positive: "
                    + maxBodyBytes);
        }
    }

    /** A request under the transport's body limit. */
    public HttpRequest(String method, URI uri, Map<String, String> headers,
            byte[] body, boolean retryable) {
        this(method, uri, headers, body, retryable, 0);
    }

    public static HttpRequest get(URI uri) {
        return new HttpRequest("GET", uri, Map.of(), new byte[0], true);
    }

    /** A POST, not retryable unless the caller says the operation is idempotent. */
    public static HttpRequest post(URI uri, String contentType, byte[] body) {
        return new HttpRequest("POST", uri, Map.of("Content-Type", contentType), body, false);
    }

    public HttpRequest withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new HttpRequest(method, uri, copy, body, retryable, maxBodyBytes);
    }

    public HttpRequest withRetryable(boolean value) {
        return new HttpRequest(method, uri, headers, body, value, maxBodyBytes);
    }

    /** This request with its own, smaller limit on the response body (0: the transport's). */
    public HttpRequest withMaxBodyBytes(long value) {
        return new HttpRequest(method, uri, headers, body, retryable, value);
    }

    /**
     * The URI as it may be shown in a message or a log: no user info, and no query (a query can carry
     * a token or a session key; the path says which resource it was).
     */
    public static String shown(URI uri) {
        StringBuilder b = new StringBuilder();
        if (uri.getScheme() != null) {
            b.append(uri.getScheme()).append("://");
        }
        if (uri.getHost() != null) {
            b.append(uri.getHost());
            if (uri.getPort() >= 0) {
                b.append(':').append(uri.getPort());
            }
        }
        b.append(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
            b.append("?…");
        }
        return b.toString();
    }

    @Nullable
    public String header(String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HttpRequest r && method.equals(r.method) && uri.equals(r.uri)
                && headers.equals(r.headers) && java.util.Arrays.equals(body, r.body) && retryable == r.retryable
                && maxBodyBytes == r.maxBodyBytes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, uri, headers, java.util.Arrays.hashCode(body), retryable, maxBodyBytes);
    }

    @Override
    public String toString() {
        String shown = headers.entrySet().stream()
                .map(e -> e.getKey() + ": "
                        + (SECRET_HEADERS.contains(e.getKey().toLowerCase(Locale.ROOT)) ? "<redacted>" : e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
        return method + " " + uri + " " + shown + (body.length > 0 ? " (" + body.length + " bytes)" : "");
    }
}
