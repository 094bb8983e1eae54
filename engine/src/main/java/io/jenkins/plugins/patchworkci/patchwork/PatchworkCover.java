package io.jenkins.plugins.patchworkci.patchwork;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** A cover letter (the {@code 0/N} mail of a series). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PatchworkCover(long id, String url, String webUrl, PatchworkProject project, String msgid,
        String listArchiveUrl, Instant date, String name, PersonRef submitter, String mbox, List<SeriesRef> series,
        String comments, MailHeaders headers, String content) {

    public PatchworkCover {
        series = series == null ? List.of() : List.copyOf(series);
        headers = headers == null ? MailHeaders.empty() : headers;
        content = content == null ? "" : content;
    }

    /** The Message-ID without angle brackets. */
    public String messageId() {
        return PatchRef.bare(msgid);
    }
}
