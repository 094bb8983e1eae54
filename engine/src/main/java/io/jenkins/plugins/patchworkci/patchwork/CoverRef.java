package io.jenkins.plugins.patchworkci.patchwork;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A cover letter as embedded in series and events. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CoverRef(long id, String url, String webUrl, String msgid, String listArchiveUrl, Instant date,
        String name, String mbox) {

    /** The Message-ID without angle brackets. */
    public String messageId() {
        return PatchRef.bare(msgid);
    }
}
