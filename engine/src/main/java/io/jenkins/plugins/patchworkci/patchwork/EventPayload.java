package io.jenkins.plugins.patchworkci.patchwork;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * What an event is about; which fields are set depends on the category ({@code patch-created}: patch;
 * {@code patch-completed}: patch and series; {@code series-*}: series; {@code check-created}: patch
 * and check; {@code patch-state-changed}: patch, previous and current state; …).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventPayload(@Nullable SeriesRef series, @Nullable PatchRef patch,
        @Nullable CoverRef cover, @Nullable CheckRef check, @Nullable CommentRef comment,
        @Nullable String previousState, @Nullable String currentState,
        @Nullable UserRef previousDelegate, @Nullable UserRef currentDelegate) {
}
