package io.jenkins.plugins.patchworkci.report;

import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.CheckState;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One check as Patchwork records it: context, state, description, target URL. Two posts with the
 * same four values say the same thing, so the second is skipped.
 *
 * @param context the check context, {@code [-a-zA-Z0-9_]+}, at most 255 characters
 * @param state the state
 * @param description one line, at most 255 characters (longer is cut, as {@link CheckResult} does)
 * @param targetUrl the public link, or null
 */
public record CheckPost(String context, CheckState state, String description,
        @Nullable String targetUrl) {

    public CheckPost {
        if (context == null || !context.matches("[-a-zA-Z0-9_]{1,255}")) {
            throw new IllegalArgumentException("a Patchwork check context is 1-255 of [-a-zA-Z0-9_]: " + context);
        }
        Objects.requireNonNull(state, "state");
        // Borrow CheckResult's one-line, 255-character rule.
        description = new CheckResult(context, 1, state, Objects.requireNonNull(description, "description"), "")
                .description();
    }

    /** Whether a post would tell Patchwork anything new after this one. */
    public boolean sameAs(@Nullable CheckPost other) {
        return equals(other);
    }
}
