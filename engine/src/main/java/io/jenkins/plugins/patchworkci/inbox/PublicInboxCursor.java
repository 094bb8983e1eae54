package io.jenkins.plugins.patchworkci.inbox;

import java.util.List;
import java.util.Objects;

/**
 * Where a public-inbox poll resumes: the newest received time seen (epoch seconds, public-inbox's
 * {@code rt:} unit) and the messages already delivered within the overlap before it. Received times
 * have one-second resolution, so the Message-IDs are what tells apart messages of the same second.
 *
 * @param receivedAt the newest received time delivered, in epoch seconds
 * @param seen messages delivered with a received time inside the overlap window before {@code receivedAt}
 */
public record PublicInboxCursor(long receivedAt, List<Seen> seen) {

    public PublicInboxCursor {
        seen = List.copyOf(seen);
    }

    /**
     * One delivered message.
     *
     * @param messageId its Message-ID without angle brackets
     * @param receivedAt its received time in epoch seconds
     */
    public record Seen(String messageId, long receivedAt) {
        public Seen {
            Objects.requireNonNull(messageId, "messageId");
        }
    }
}
