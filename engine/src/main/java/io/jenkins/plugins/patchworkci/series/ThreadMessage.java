package io.jenkins.plugins.patchworkci.series;

import io.jenkins.plugins.patchworkci.mail.Message;
import io.jenkins.plugins.patchworkci.mail.Patch;
import io.jenkins.plugins.patchworkci.mail.SubjectPrefix;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * One message as assembly sees it: its role, its prefix (for patches, cover letters and pull
 * requests), its patch when it has a diff, and its date (the epoch when unreadable).
 */
record ThreadMessage(Message message, ThreadRole role, SubjectPrefix prefix, Optional<Patch> patch, Instant date) {

    /** Oldest first; Message-ID breaks ties so that the order never depends on delivery. */
    static final Comparator<ThreadMessage> BY_DATE =
            Comparator.comparing(ThreadMessage::date).thenComparing(ThreadMessage::id);

    String id() {
        return message.messageId();
    }

    boolean isMember() {
        return role == ThreadRole.PATCH || role == ThreadRole.COVER_LETTER || role == ThreadRole.PULL_REQUEST;
    }

    int version() {
        return prefix.version();
    }

    String authorEmail() {
        return message.from().email().toLowerCase(Locale.ROOT);
    }

    ThreadMessage withRole(ThreadRole newRole) {
        return new ThreadMessage(message, newRole, prefix, patch, date);
    }
}
