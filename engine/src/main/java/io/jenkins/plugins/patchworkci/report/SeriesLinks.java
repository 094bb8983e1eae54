package io.jenkins.plugins.patchworkci.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.List;

/**
 * Where a reader finds the series: its Patchwork page, its archive thread, its other versions.
 *
 * @param patchwork the Patchwork series page, or null
 * @param archive the archive (lore, public-inbox) thread URL, or null
 * @param versions the other versions of the series, oldest first
 */
public record SeriesLinks(@CheckForNull String patchwork, @CheckForNull String archive,
        @NonNull List<ReportedVersion> versions) {

    public SeriesLinks {
        versions = List.copyOf(versions);
    }

    public static SeriesLinks none() {
        return new SeriesLinks(null, null, List.of());
    }
}
