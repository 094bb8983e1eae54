package io.jenkins.plugins.patchworkci.mail;

import java.util.Optional;

/**
 * A message of a mailbox that could not be parsed, named so a person can find it: its
 * Message-ID when one could be read, else its position (and byte offset) in the mailbox.
 *
 * @param position 1-based position in the mailbox
 * @param offset byte offset of its first line in the mailbox, or -1 when unknown (maildir)
 * @param source the mailbox (or maildir file) it came from
 * @param messageId its Message-ID, if one could be read
 * @param reason why it could not be parsed
 */
public record MailError(int position, long offset, String source, Optional<String> messageId, String reason)
        implements MailboxEntry {

    /** "message <id> (12 of t.mbox)" or "message 12 (byte 3456) of t.mbox". */
    public String where() {
        String pos = "message " + position + (offset >= 0 ? " (byte " + offset + ")" : "") + " of " + source;
        return messageId.map(id -> "<" + id + "> (" + pos + ")").orElse(pos);
    }

    @Override
    public String toString() {
        return where() + ": " + reason;
    }
}
