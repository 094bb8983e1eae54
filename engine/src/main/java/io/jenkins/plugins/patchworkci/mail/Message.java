package io.jenkins.plugins.patchworkci.mail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One mail, parsed: its identity and threading headers, its sender, its decoded subject, and what
 * {@code git mailinfo} extracts from it. Cover letters, patches and replies are all messages; a
 * {@link Patch} is a message that carries a diff.
 *
 * @param messageId the Message-ID without angle brackets
 * @param inReplyTo the In-Reply-To Message-ID without angle brackets, if any
 * @param references the References Message-IDs, oldest first, without angle brackets
 * @param from the header sender
 * @param subject the decoded, unfolded Subject header, prefixes included
 * @param info what {@code git mailinfo} extracts (author, email, subject, date, message, patch)
 */
public record Message(
        String messageId,
        Optional<String> inReplyTo,
        List<String> references,
        Address from,
        String subject,
        MailInfo info) {

    public Message {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(inReplyTo, "inReplyTo");
        references = List.copyOf(references);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(info, "info");
    }
}
