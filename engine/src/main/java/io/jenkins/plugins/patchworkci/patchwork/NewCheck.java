package io.jenkins.plugins.patchworkci.patchwork;

import io.jenkins.plugins.patchworkci.check.CheckState;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A check to post on a patch. Validated before it is sent, with the rules Patchwork applies: the
 * context is a slug ({@code [-a-zA-Z0-9_]}, at most 255 characters); the target URL, when present, is
 * an http(s) URL of at most {@value #MAX_TARGET_URL} characters ({@code target_url} is a Django
 * {@code URLField}, whose default length is 200; the OpenAPI schema says {@code maxLength: 200}).
 *
 * @param state the outcome
 * @param context the check's name, e.g. {@code build_clang}; a newer check with the same user and
 *     context supersedes the older one in the patch's summary
 * @param targetUrl where the details are, or null
 * @param description a one-line summary, or null
 */
public record NewCheck(CheckState state, String context, @Nullable String targetUrl,
        @Nullable String description) {

    /** Patchwork's limit on {@code target_url}. */
    public static final int MAX_TARGET_URL = 200;

    private static final Pattern SLUG = Pattern.compile("[-a-zA-Z0-9_]{1,255}");

    public NewCheck {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(context, "context");
        if (!SLUG.matcher(context).matches()) {
            throw new IllegalArgumentException("check context must be 1-255 of [-a-zA-Z0-9_] (a Patchwork slug): '"
                    + context + "'");
        }
        if (targetUrl != null && linkable(targetUrl) == null) {
            throw new IllegalArgumentException("check target URL must be an http(s) URL of at most "
                    + MAX_TARGET_URL + " characters: '" + targetUrl + "'");
        }
    }

    /**
     * The URL if Patchwork would take it as a check's target, else null: for links the poster only
     * adds where it can (a build page), so that a long URL costs the link and not the check.
     */
    @Nullable
    public static String linkable(@Nullable String url) {
        return url != null && url.length() <= MAX_TARGET_URL && url.matches("(?i)https?://\\S+") ? url : null;
    }
}
