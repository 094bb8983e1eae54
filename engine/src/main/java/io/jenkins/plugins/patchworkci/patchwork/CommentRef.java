package io.jenkins.plugins.patchworkci.patchwork;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A comment as embedded in {@code *-comment-created} events. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommentRef(long id, String url, String webUrl, String msgid, String listArchiveUrl, Instant date) {
}
