package io.jenkins.plugins.patchworkci.inbox;

import java.time.Instant;

/**
 * One entry of an inbox's {@code new.atom} feed.
 *
 * @param messageId the Message-ID, from the entry's link
 * @param updated public-inbox's time for the message: its received time (as for {@code rt:})
 * @param title the subject
 */
public record AtomEntry(String messageId, Instant updated, String title) {
}
