package io.jenkins.plugins.patchworkci.patchwork;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A reply to a patch or cover letter, e.g. a review carrying {@code Reviewed-by:}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PatchworkComment(long id, String webUrl, String msgid, String listArchiveUrl, Instant date,
        String subject, PersonRef submitter, String content, MailHeaders headers) {

    public PatchworkComment {
        headers = headers == null ? MailHeaders.empty() : headers;
        content = content == null ? "" : content;
    }

    /** The Message-ID without angle brackets. */
    public String messageId() {
        return PatchRef.bare(msgid);
    }
}
