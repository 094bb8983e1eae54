package io.jenkins.plugins.patchworkci.run;

import java.util.Map;
import java.util.Optional;

/**
 * Where a series came from, for its identity and links: a Patchwork project (with the series and
 * patch ids there), or a mail archive, or a mailbox.
 *
 * @param source the source's one-line description
 * @param patchworkProject the Patchwork project's link name, when the series came from Patchwork
 * @param patchworkSeriesId the Patchwork series id
 * @param patchworkSeriesUrl the series' public Patchwork page
 * @param patchIds Patchwork patch ids by Message-ID
 * @param patchUrls Patchwork patch pages by Message-ID
 */
public record SeriesOrigin(String source, Optional<String> patchworkProject, Optional<Long> patchworkSeriesId,
        Optional<String> patchworkSeriesUrl, Map<String, Long> patchIds, Map<String, String> patchUrls) {

    public SeriesOrigin {
        patchIds = Map.copyOf(patchIds);
        patchUrls = Map.copyOf(patchUrls);
    }

    /** A series read from a mailbox or archive: no Patchwork ids. */
    public static SeriesOrigin mail(String source) {
        return new SeriesOrigin(source, Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Map.of());
    }
}
