package io.jenkins.plugins.patchworkci.scan;

import java.io.IOException;
import java.util.Objects;

/**
 * The version a build is for, as a scan found it: the build names its head and the revision it was started
 * for (a newer version may have arrived since; the build keeps its own), the scan gives the series, its
 * plan and its companions.
 *
 * @param head the head, with all its versions and where its lineage moved
 * @param version the build's version of it
 */
public record ScannedVersion(LineageHead head, HeadVersion version) {

    public ScannedVersion {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(version, "version");
    }

    /**
     * The build's version in {@code scan}; an IOException saying why it is not there.
     *
     * @param head the head's name (the build's job)
     * @param revision the version the build was started for
     * @param project the Patchwork project scanned, for the message
     */
    public static ScannedVersion find(ScanResult scan, String head, RevisionId revision,
            String project) throws IOException {
        LineageHead h = scan.head(head).orElseThrow(() -> new IOException("Series job " + head
                + " is not in the latest scan of Patchwork project " + project
                + " (closed or filtered out since this build started)"));
        HeadVersion v = h.version(revision).orElseThrow(() -> new IOException("Version " + revision + " of " + head
                + " is no longer on Patchwork's list (a newer version replaced it)"));
        return new ScannedVersion(h, v);
    }
}
