package io.jenkins.plugins.patchworkci.step;

import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.patchwork.NewCheck;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A check another tool reported through the Jenkins Checks API ({@code junit}, warnings-ng, ...), in
 * that API's terms, and the Patchwork check it becomes. The plugin passes the Checks API's enum names
 * ({@code ChecksStatus}, {@code ChecksConclusion}) as strings, so the mapping lives here, with no
 * Jenkins type.
 *
 * <p>State: a check that is not finished ({@code QUEUED}, {@code IN_PROGRESS}, or no status and no
 * conclusion) is {@code pending}. A finished one: {@code SUCCESS}, {@code NEUTRAL} and {@code SKIPPED}
 * are {@code success} (nothing is wrong with the patch); {@code FAILURE} and {@code TIME_OUT} are
 * {@code fail}; {@code ACTION_REQUIRED}, {@code CANCELED} and a missing conclusion are
 * {@code warning} (a maintainer should look, but the patch was not found wrong). A conclusion
 * without a status counts as finished: publishers may set only the conclusion.
 *
 * <p>Context: Checks API names are free text ({@code Tests}, {@code Java Compiler (javac)}); a
 * Patchwork context is 1-255 of {@code [-a-zA-Z0-9_]}. The name is lower-cased and every run of other
 * characters becomes one {@code _} ({@code java_compiler_javac}); a name with nothing left is
 * {@code jenkins}. Different names may meet in one context; the later check then supersedes the
 * earlier one on Patchwork, as a re-run of the same check would.
 *
 * <p>Description: the title, else the summary, one line of at most {@value CheckResult#MAX_DESCRIPTION}
 * characters, as every check the engine posts. Target URL: the check's own details URL, else the
 * build's, if it is an http(s) URL Patchwork accepts (its {@code target_url} is a Django URLField of at
 * most 200 characters); else none.
 *
 * @param name the Checks API name, or null
 * @param status the {@code ChecksStatus} name ({@code NONE}, {@code QUEUED}, {@code IN_PROGRESS},
 *     {@code COMPLETED}), or null
 * @param conclusion the {@code ChecksConclusion} name ({@code NONE}, {@code SUCCESS}, {@code FAILURE},
 *     ...), or null
 * @param title the output's title, or null
 * @param summary the output's summary (markdown), or null
 * @param detailsUrl where the tool's details are, or null
 */
public record ExternalCheck(@Nullable String name, @Nullable String status, @Nullable String conclusion,
        @Nullable String title, @Nullable String summary, @Nullable String detailsUrl) {

    /** The context of a check whose name has no usable character. */
    public static final String DEFAULT_CONTEXT = "jenkins";
    private static final int MAX_CONTEXT = 255;

    /** The Patchwork state this check reports. */
    public CheckState state() {
        String c = word(conclusion);
        String s = word(status);
        boolean finished = s.equals("COMPLETED") || !c.equals("NONE");
        if (!finished) {
            return CheckState.PENDING;
        }
        return switch (c) {
            case "SUCCESS", "NEUTRAL", "SKIPPED" -> CheckState.SUCCESS;
            case "FAILURE", "TIME_OUT" -> CheckState.FAIL;
            default -> CheckState.WARNING; // ACTION_REQUIRED, CANCELED, none, or one a newer API added
        };
    }

    /** The Patchwork context the name becomes. */
    public String context() {
        return context(name);
    }

    /** A Checks API name as a Patchwork context (see the class comment). */
    public static String context(@Nullable String name) {
        String slug = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^-a-z0-9_]+", "_")
                .replaceAll("^_+|_+$", "");
        if (slug.length() > MAX_CONTEXT) {
            slug = slug.substring(0, MAX_CONTEXT);
        }
        return slug.isEmpty() ? DEFAULT_CONTEXT : slug;
    }

    /** The description: title, else summary, else the state in words; one line, cut to Patchwork's limit. */
    public String description() {
        String text = present(title) ? title : present(summary) ? summary : describe(state(), word(conclusion));
        // CheckResult folds newlines and cuts with an ellipsis, the rule every posted description follows.
        return new CheckResult("external", 1, CheckState.SUCCESS, text, "")
                .description();
    }

    /**
     * The Patchwork check to post.
     *
     * @param buildUrl the build's URL, the target when the check has no usable details URL of its own
     */
    public NewCheck toPatchwork(@Nullable String buildUrl) {
        String url = targetUrl(detailsUrl);
        if (url == null) {
            url = targetUrl(buildUrl);
        }
        return new NewCheck(state(), context(), url, description());
    }

    /** A URL Patchwork stores as a check's target, or null when it would refuse it. */
    @Nullable
    static String targetUrl(@Nullable String url) {
        if (url == null) {
            return null;
        }
        return NewCheck.linkable(url.strip());
    }

    private static String describe(CheckState state, String conclusion) {
        if (state == CheckState.PENDING) {
            return "running";
        }
        return conclusion.equals("NONE") ? "completed without a conclusion"
                : conclusion.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String word(String s) {
        return s == null || s.isBlank() ? "NONE" : s.strip().toUpperCase(Locale.ROOT);
    }
}
