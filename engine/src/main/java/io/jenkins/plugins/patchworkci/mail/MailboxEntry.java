package io.jenkins.plugins.patchworkci.mail;

/**
 * One item read from a mailbox: a parsed {@link Message}, or a {@link MailError} saying which
 * message could not be parsed and why. A bad message never stops the rest of the mailbox.
 */
public sealed interface MailboxEntry permits MailboxEntry.Parsed, MailError {

    /** 1-based position of the message in the mailbox. */
    int position();

    /**
     * A message that parsed.
     *
     * @param position 1-based position in the mailbox
     * @param offset byte offset of its first line, or -1 (maildir)
     * @param message the message
     */
    record Parsed(int position, long offset, Message message) implements MailboxEntry {}
}
