package io.jenkins.plugins.patchworkci.mail;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One message as a mailbox splitter cut it out, before parsing: the bytes {@code git mailsplit}
 * would write to its numbered file.
 *
 * @param position 1 for the first message of the mailbox, as mailsplit numbers its files
 * @param offset the byte offset of its first line in the (uncompressed) mailbox, or -1 (maildir)
 * @param source where it came from: the mailbox name, or the maildir file
 * @param bytes the message, or empty when {@code problem} says why it could not be kept
 * @param problem why the message was not kept (over a size limit, unreadable), or null
 */
public record RawMessage(int position, long offset, String source, byte[] bytes, @Nullable String problem) {

    public Optional<String> problemOpt() {
        return Optional.ofNullable(problem);
    }

    /** "message 12 (byte 34567) of t.mbox": for error messages. */
    public String describe() {
        return "message " + position + (offset >= 0 ? " (byte " + offset + ")" : "") + " of " + source;
    }
}
