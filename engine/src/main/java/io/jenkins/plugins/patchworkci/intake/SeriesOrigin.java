package io.jenkins.plugins.patchworkci.intake;

import io.jenkins.plugins.patchworkci.inbox.ArchiveLink;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a series came from, for its identity and links: a Patchwork project (with the series and
 * patch ids there), or a mail archive, or a mailbox. Its archive is the public-inbox list its mail
 * is in: the archive it was read from, or the one the configuration names for its source; mail from
 * a mailbox or Patchwork with none configured has none, and its report links to no archive thread.
 *
 * @param source the source's one-line description
 * @param patchworkProject the Patchwork project's link name, when the series came from Patchwork
 * @param patchworkSeriesId the Patchwork series id
 * @param patchworkSeriesUrl the series' public Patchwork page
 * @param patchIds Patchwork patch ids by Message-ID
 * @param patchUrls Patchwork patch pages by Message-ID
 * @param archive the base URL of the archive list its mail is in ({@code https://lore.kernel.org/netdev/}), if known
 */
public record SeriesOrigin(String source, Optional<String> patchworkProject, Optional<Long> patchworkSeriesId,
        Optional<String> patchworkSeriesUrl, Map<String, Long> patchIds, Map<String, String> patchUrls,
        Optional<String> archive) {

    public SeriesOrigin {
        patchIds = Map.copyOf(patchIds);
        patchUrls = Map.copyOf(patchUrls);
        Objects.requireNonNull(archive, "archive");
    }

    /** A series read from a mailbox or archive: no Patchwork ids, and no archive until {@link #withArchive}. */
    public static SeriesOrigin mail(String source) {
        return new SeriesOrigin(source, Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Map.of(),
                Optional.empty());
    }

    /** This origin with the archive list its mail is in. */
    public SeriesOrigin withArchive(Optional<String> list) {
        return new SeriesOrigin(source, patchworkProject, patchworkSeriesId, patchworkSeriesUrl, patchIds, patchUrls, list);
    }

    /** The archive thread of a message, when the archive is known ({@link ArchiveLink}). */
    public Optional<String> archiveThread(String messageId) {
        return archive.flatMap(a -> ArchiveLink.of(a, messageId));
    }
}
