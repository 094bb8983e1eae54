package io.jenkins.plugins.patchworkci.check;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a {@code [GIT PULL]} mail says its changes are: the URL and ref after
 * {@code git request-pull}'s "are available in the Git repository at:" line.
 *
 * @param url the repository URL
 * @param ref the tag or branch to fetch
 */
public record PullRequest(String url, String ref) {

    private static final Pattern AVAILABLE = Pattern.compile(
            "are available in the [Gg]it repository at:?\\s*\\n\\s*\\n?\\s*(\\S+)(?:[ \\t]+(\\S+))?");

    /** Reads a pull request body; empty when it is not in {@code git request-pull}'s shape. */
    public static Optional<PullRequest> parse(String body) {
        Matcher m = AVAILABLE.matcher(body.replace("\r\n", "\n"));
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new PullRequest(m.group(1), m.group(2) == null ? "HEAD" : m.group(2)));
    }
}
