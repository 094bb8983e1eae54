package io.jenkins.plugins.patchworkci.patchwork;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.jenkins.plugins.patchworkci.check.CheckState;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A patch as Patchwork tracks it: its review {@link #state()} ({@code new}, {@code under-review},
 * {@code accepted}, … — project-defined, so a string), its {@link #delegate()}, its {@link #check()}
 * summary and its series. List responses omit {@code headers}, {@code content} and {@code diff}; they
 * are then empty.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PatchworkPatch(long id, String url, String webUrl, PatchworkProject project, String msgid,
        String listArchiveUrl, Instant date, String name, String commitRef, String pullUrl, String state,
        boolean archived, String hash, PersonRef submitter, @Nullable UserRef delegate, String mbox,
        List<SeriesRef> series, String comments, CheckState check, String checks, MailHeaders headers,
        String content, String diff, List<String> prefixes) {

    public PatchworkPatch {
        series = series == null ? List.of() : List.copyOf(series);
        prefixes = prefixes == null ? List.of() : List.copyOf(prefixes);
        headers = headers == null ? MailHeaders.empty() : headers;
        content = content == null ? "" : content;
        diff = diff == null ? "" : diff;
    }

    /** The Message-ID without angle brackets. */
    public String messageId() {
        return PatchRef.bare(msgid);
    }
}
