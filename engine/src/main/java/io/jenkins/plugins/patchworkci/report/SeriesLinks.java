package io.jenkins.plugins.patchworkci.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a reader finds the series: its Patchwork page, its archive thread, its other versions.
 *
 * @param patchwork the Patchwork series page, or null
 * @param archive the archive (lore, public-inbox) thread URL, or null
 * @param versions the other versions of the series, oldest first
 */
public record SeriesLinks(@Nullable String patchwork, @Nullable String archive,
        List<ReportedVersion> versions) {

    public SeriesLinks {
        versions = List.copyOf(versions);
    }

    public static SeriesLinks none() {
        return new SeriesLinks(null, null, List.of());
    }
}
