package io.jenkins.plugins.patchworkci.step;

import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.patchwork.NewCheck;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The automatic check a CI build posts on every patch of the version it tests: {@code pending} when it
 * starts, then the state its outcome maps to ({@link BuildOutcome}) when it completes, always under one
 * context, so the final check replaces the pending one in Patchwork's per-context summary.
 *
 * @param context the Patchwork context (a slug), e.g. {@code jenkins}
 */
public record BuildStatusCheck(String context) {

    /** Patchwork's description column is a single line; keep it short enough to read there. */
    static final int MAX_DESCRIPTION = 200;

    public BuildStatusCheck {
        Objects.requireNonNull(context, "context");
        // the same rule NewCheck applies, checked once here so a bad configuration fails before any build
        new NewCheck(CheckState.PENDING, context, null, null);
    }

    /**
     * The automatic check as configured: none when the context is blank (the feature is off), else the
     * check; an {@link IllegalArgumentException} naming a context that is not a Patchwork slug.
     */
    public static Optional<BuildStatusCheck> configured(@Nullable String context) {
        return context == null || context.isBlank() ? Optional.empty() : Optional.of(new BuildStatusCheck(context.strip()));
    }

    /**
     * What a build posts when it starts.
     *
     * @param build how the build is named in the description, e.g. {@code #12}
     * @param url the build's public URL, or null when Jenkins does not know its own URL
     */
    public NewCheck started(String build, @Nullable String url) {
        return new NewCheck(CheckState.PENDING, context, linkable(url), shorten("build " + build + " running"));
    }

    /**
     * What a build posts when it completes.
     *
     * @param build how the build is named, e.g. {@code #12}
     * @param outcome how it ended
     * @param url the build's public URL, or null
     * @param why what stopped it, when known (a newer version, a user), for an aborted build; else null
     */
    public NewCheck completed(String build, BuildOutcome outcome, @Nullable String url,
            @Nullable String why) {
        String text = outcome.words() + " (" + build + ")" + (why == null || why.isBlank() ? "" : ": " + why.strip());
        return new NewCheck(outcome.checkState(), context, linkable(url), shorten(text));
    }

    /** Only an http(s) URL within Patchwork's limit is sent; otherwise the check goes without a link. */
    @Nullable
    private static String linkable(@Nullable String url) {
        return NewCheck.linkable(url);
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_DESCRIPTION ? line : line.substring(0, MAX_DESCRIPTION - 1) + "…";
    }
}
