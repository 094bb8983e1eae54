package io.jenkins.plugins.patchworkci.patchwork;

import java.util.Objects;

/**
 * A Patchwork API token. Its value leaves this class only as the {@code Authorization} header value,
 * which the HTTP layer never logs; {@link #toString()} shows no part of it.
 */
public final class ApiToken {

    private final String value;

    private ApiToken(String value) {
        this.value = value;
    }

    public static ApiToken of(String value) {
        Objects.requireNonNull(value, "value");
        String v = value.strip();
        if (v.isEmpty() || v.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f)) {
            // never echo the value: a mistyped token is still mostly a token
            throw new IllegalArgumentException("a Patchwork API token is one word of printable ASCII");
        }
        return new ApiToken(v);
    }

    /** The response with this token's value blanked out of its body, or the same response when it holds none. */
    io.jenkins.plugins.patchworkci.http.HttpResponse scrubbedFrom(io.jenkins.plugins.patchworkci.http.HttpResponse r) {
        String text = r.bodyText();
        if (!text.contains(value)) {
            return r;
        }
        return new io.jenkins.plugins.patchworkci.http.HttpResponse(r.uri(), r.status(), r.headers(),
                text.replace(value, "[token]").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    String authorizationHeader() {
        return "Token " + value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiToken t && t.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "ApiToken[****]";
    }
}
