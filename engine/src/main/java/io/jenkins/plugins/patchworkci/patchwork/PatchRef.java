package io.jenkins.plugins.patchworkci.patchwork;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A patch as embedded in series and events. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PatchRef(long id, String url, String webUrl, String msgid, String listArchiveUrl, Instant date,
        String name, String mbox) {

    /** The Message-ID without angle brackets (the mail model's form). */
    public String messageId() {
        return bare(msgid);
    }

    static String bare(String msgid) {
        if (msgid == null) {
            return "";
        }
        String m = msgid.trim();
        return m.startsWith("<") && m.endsWith(">") ? m.substring(1, m.length() - 1) : m;
    }
}
