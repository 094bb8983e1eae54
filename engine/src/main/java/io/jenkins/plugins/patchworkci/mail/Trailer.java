package io.jenkins.plugins.patchworkci.mail;

import java.util.Objects;

/**
 * One {@code Token: value} trailer line of a commit message or review reply
 * ({@code Signed-off-by}, {@code Fixes}, {@code Reviewed-by}, ...).
 *
 * @param token the token as written, e.g. {@code Reviewed-by}
 * @param value the value, trimmed
 */
public record Trailer(String token, String value) {

    public Trailer {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(value, "value");
    }

    /** Tokens compare without case, as git interpret-trailers does. */
    public boolean is(String otherToken) {
        return token.equalsIgnoreCase(otherToken);
    }

    @Override
    public String toString() {
        return token + ": " + value;
    }
}
