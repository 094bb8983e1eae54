package io.jenkins.plugins.patchworkci.patchwork;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A check to post on a patch. Validated before it is sent, with the rules Patchwork applies: the
 * context is a slug ({@code [-a-zA-Z0-9_]}, at most 255 characters); the target URL, when present, is
 * an http(s) URL of at most 2000 characters.
 *
 * @param state the outcome
 * @param context the check's name, e.g. {@code build_clang}; a newer check with the same user and
 *     context supersedes the older one in the patch's summary
 * @param targetUrl where the details are, or null
 * @param description a one-line summary, or null
 */
public record NewCheck(@NonNull CheckState state, @NonNull String context, @CheckForNull String targetUrl,
        @CheckForNull String description) {

    private static final Pattern SLUG = Pattern.compile("[-a-zA-Z0-9_]{1,255}");

    public NewCheck {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(context, "context");
        if (!SLUG.matcher(context).matches()) {
            throw new IllegalArgumentException("check context must be 1-255 of [-a-zA-Z0-9_] (a Patchwork slug): '"
                    + context + "'");
        }
        if (targetUrl != null && !(targetUrl.length() <= 2000 && targetUrl.matches("(?i)https?://\\S+"))) {
            throw new IllegalArgumentException("check target URL must be an http(s) URL: '" + targetUrl + "'");
        }
    }
}
