package io.jenkins.plugins.patchworkci.patchwork;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.jenkins.plugins.patchworkci.check.CheckState;
import java.time.Instant;

/** A check as embedded in {@code check-created} events. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckRef(long id, String url, Instant date, CheckState state, String targetUrl, String context) {
}
