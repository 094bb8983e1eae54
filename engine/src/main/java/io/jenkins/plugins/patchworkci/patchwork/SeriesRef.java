package io.jenkins.plugins.patchworkci.patchwork;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A series as embedded in patches, covers and events. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SeriesRef(long id, String url, String webUrl, Instant date, String name, int version, String mbox) {
}
