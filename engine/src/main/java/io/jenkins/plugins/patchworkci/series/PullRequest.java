package io.jenkins.plugins.patchworkci.series;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pull request in {@code git request-pull} format: where to fetch from and what.
 *
 * @param repository the repository URL, as written
 * @param ref the branch or tag to fetch ({@code master} when the request names none, as b4 assumes)
 * @param baseCommit the "changes since commit" id, if given
 * @param tipCommit the "fetch changes up to" id, if given
 */
public record PullRequest(
        String repository,
        String ref,
        Optional<String> baseCommit,
        Optional<String> tipCommit) {

    // git request-pull: "are available in the Git repository at:\n\n  <url> <ref>\n". b4 reads the
    // first line that is a URL (scheme:// or user@host:) optionally followed by a ref.
    private static final Pattern URL_AND_REF = Pattern.compile(
            "^\\s*([\\w+-]+(?:://|@)[\\w/.@:~-]+)[\\s\\\\]+([\\w/._-]+)\\s*$", Pattern.MULTILINE);
    private static final Pattern URL_ONLY = Pattern.compile(
            "^\\s*([\\w+-]+(?:://|@)[\\w/.@~-]+)\\s*$", Pattern.MULTILINE);
    private static final Pattern SINCE = Pattern.compile(
            "changes since commit ([\\da-f]{5,40}):", Pattern.CASE_INSENSITIVE);
    private static final Pattern UP_TO = Pattern.compile(
            "fetch changes up to ([\\da-f]{5,40}):", Pattern.CASE_INSENSITIVE);
    private static final Pattern REQUEST_PULL_MARKER = Pattern.compile(
            "are available in the Git repository at:", Pattern.CASE_INSENSITIVE);

    public PullRequest {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(baseCommit, "baseCommit");
        Objects.requireNonNull(tipCommit, "tipCommit");
    }

    /** Whether a body reads as {@code git request-pull} output even without a {@code [GIT PULL]} subject. */
    static boolean looksLikeRequestPull(String body) {
        return REQUEST_PULL_MARKER.matcher(body).find();
    }

    /** The pull request in a message body, or empty when no repository URL is found. */
    public static Optional<PullRequest> parse(String body) {
        // Only the part after the request-pull marker, when present: URLs above it are prose.
        Matcher marker = REQUEST_PULL_MARKER.matcher(body);
        String tail = marker.find() ? body.substring(marker.end()) : body;
        String repository;
        String ref;
        Matcher both = URL_AND_REF.matcher(tail);
        if (both.find()) {
            repository = both.group(1);
            ref = both.group(2);
        } else {
            Matcher only = URL_ONLY.matcher(tail);
            if (!only.find()) {
                return Optional.empty();
            }
            repository = only.group(1);
            ref = "master";
        }
        return Optional.of(new PullRequest(repository, ref, first(SINCE, body), first(UP_TO, body)));
    }

    private static Optional<String> first(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
