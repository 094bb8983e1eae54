package io.jenkins.plugins.patchworkci.report;

import org.jspecify.annotations.Nullable;


/**
 * Another version of the same series (its lineage), as the report links to it, so a reader can
 * compare runs. How two versions were found to belong together is {@code series.VersionLink}.
 *
 * @param version the version number (1 for an unversioned first posting)
 * @param patchwork the Patchwork series page of that version, or null
 * @param archive the archive thread of that version, or null
 */
public record ReportedVersion(int version, @Nullable String patchwork, @Nullable String archive) {

    public ReportedVersion {
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1: " + version);
        }
    }
}
