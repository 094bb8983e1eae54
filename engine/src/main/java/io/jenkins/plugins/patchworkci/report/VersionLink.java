package io.jenkins.plugins.patchworkci.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/**
 * Another version of the same series (its lineage), so a reader can compare runs.
 *
 * @param version the version number (1 for an unversioned first posting)
 * @param patchwork the Patchwork series page of that version, or null
 * @param archive the archive thread of that version, or null
 */
public record VersionLink(int version, @CheckForNull String patchwork, @CheckForNull String archive) {

    public VersionLink {
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1: " + version);
        }
    }
}
