package io.jenkins.plugins.patchworkci.patchwork;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.jenkins.plugins.patchworkci.check.CheckState;
import java.time.Instant;

/** A check as Patchwork stores it: immutable; a newer one with the same (user, context) supersedes it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PatchworkCheck(long id, String url, UserRef user, Instant date, CheckState state, String targetUrl,
        String context, String description) {
}
