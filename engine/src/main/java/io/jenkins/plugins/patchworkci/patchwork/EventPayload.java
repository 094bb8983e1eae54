package io.jenkins.plugins.patchworkci.patchwork;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import edu.umd.cs.findbugs.annotations.CheckForNull;

/**
 * What an event is about; which fields are set depends on the category ({@code patch-created}: patch;
 * {@code patch-completed}: patch and series; {@code series-*}: series; {@code check-created}: patch
 * and check; {@code patch-state-changed}: patch, previous and current state; …).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventPayload(@CheckForNull SeriesRef series, @CheckForNull PatchRef patch,
        @CheckForNull CoverRef cover, @CheckForNull CheckRef check, @CheckForNull CommentRef comment,
        @CheckForNull String previousState, @CheckForNull String currentState,
        @CheckForNull UserRef previousDelegate, @CheckForNull UserRef currentDelegate) {
}
