package io.jenkins.plugins.patchworkci.http;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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
 */
public record HttpRequest(
        @NonNull String method,
        @NonNull URI uri,
        @NonNull Map<String, String> headers,
        @NonNull byte[] body,
        boolean retryable) {

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
    }

    public static HttpRequest get(@NonNull URI uri) {
        return new HttpRequest("GET", uri, Map.of(), new byte[0], true);
    }

    /** A POST, not retryable unless the caller says the operation is idempotent. */
    public static HttpRequest post(@NonNull URI uri, @NonNull String contentType, @NonNull byte[] body) {
        return new HttpRequest("POST", uri, Map.of("Content-Type", contentType), body, false);
    }

    public HttpRequest withHeader(@NonNull String name, @NonNull String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new HttpRequest(method, uri, copy, body, retryable);
    }

    public HttpRequest withRetryable(boolean value) {
        return new HttpRequest(method, uri, headers, body, value);
    }

    @CheckForNull
    public String header(@NonNull String name) {
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
                && headers.equals(r.headers) && java.util.Arrays.equals(body, r.body) && retryable == r.retryable;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, uri, headers, java.util.Arrays.hashCode(body), retryable);
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
