package io.jenkins.plugins.patchworkci.patchwork;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of Patchwork's event log. {@link #category()} is kept as the server's string (the API
 * says categories may change between deployments); {@link EventCategory} names the known ones.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PatchworkEvent(long id, String category, PatchworkProject project, Instant date,
        @Nullable UserRef actor, EventPayload payload) {

    public PatchworkEvent {
        payload = payload == null ? new EventPayload(null, null, null, null, null, null, null, null, null) : payload;
    }

    public boolean is(EventCategory c) {
        return c.wireName().equals(category);
    }
}
