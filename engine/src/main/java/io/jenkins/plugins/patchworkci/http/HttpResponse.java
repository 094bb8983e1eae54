package io.jenkins.plugins.patchworkci.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One response with its whole body.
 *
 * @param uri the URI that was requested
 * @param status the HTTP status
 * @param headers response headers, names compared without case
 * @param body the body bytes (already decompressed if the transport negotiated compression)
 */
public record HttpResponse(
        URI uri, int status, Map<String, List<String>> headers, byte[] body) {

    public HttpResponse {
        Objects.requireNonNull(uri, "uri");
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> copy.merge(k, List.copyOf(v), (a, b) -> {
            java.util.ArrayList<String> all = new java.util.ArrayList<>(a);
            all.addAll(b);
            return List.copyOf(all);
        }));
        headers = java.util.Collections.unmodifiableMap(copy);
        body = body.clone();
    }

    @Nullable
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** The start of the body, for error messages: enough to see what a server said, never a whole page. */
    public String bodySnippet() {
        String text = bodyText().strip().replaceAll("\\s+", " ");
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HttpResponse r && uri.equals(r.uri) && status == r.status
                && headers.equals(r.headers) && java.util.Arrays.equals(body, r.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uri, status, headers, java.util.Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "HTTP " + status + " from " + uri + " (" + body.length + " bytes)";
    }
}
