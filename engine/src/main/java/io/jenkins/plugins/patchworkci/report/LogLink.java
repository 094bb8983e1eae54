package io.jenkins.plugins.patchworkci.report;

import java.util.Objects;

/**
 * A link to a log of the run.
 *
 * @param name what the log is ({@code build_clang}, {@code apply})
 * @param url where it is, absolute or relative to the report page
 * @param patch the patch the log is about, 1..N, or 0 for the series
 */
public record LogLink(String name, String url, int patch) {

    public LogLink {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        if (patch < 0) {
            throw new IllegalArgumentException("patch must be 0 (series) or 1..N: " + patch);
        }
    }
}
