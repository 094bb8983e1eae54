package io.jenkins.plugins.patchworkci.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Patches that were never mailed: {@code git format-patch} output without {@code --thread}, a folder
 * of {@code .patch} files or an mbox of them. Every mail system adds a Message-ID, so a message
 * without one was never sent; it gets one derived from its content (the same file always gets the
 * same one, as b4 names a local commit's message by the commit), and its place among the other
 * unsent patches of the same read stands in for the threading {@code --thread} would have written:
 * "[PATCH 2/3]" right after "[PATCH 1/3]" (or after the "[PATCH 0/3]" cover letter) in file order is
 * made a reply to the first of them.
 *
 * <p>One instance follows one sequence of messages (a folder's files in name order, an mbox's
 * messages in order); the headers it adds are written into the raw message, so mail held for later
 * keeps them.
 */
public final class UnsentPatches {

    /** The domain of derived Message-IDs: {@code .invalid} is reserved, so no real message has it. */
    private static final String DOMAIN = "@unsent.pwci.invalid";

    private @Nullable String runStart;
    private int runVersion;
    private int runTotal;
    private int runLast;

    /** Whether {@code messageId} was made here, not written by a mail system (never a Link: target). */
    public static boolean isDerived(@Nullable String messageId) {
        return messageId != null && messageId.endsWith(DOMAIN);
    }

    /**
     * The raw message with a Message-ID header added when it has none; unchanged otherwise.
     *
     * @param messageId the Message-ID the message already has, if any (found by the caller's header scan)
     */
    public static byte[] withMessageId(byte[] raw, Optional<String> messageId) {
        if (messageId.isPresent()) {
            return raw;
        }
        return prepend("Message-ID: <" + derivedId(raw) + ">\n", raw);
    }

    /** The same for a message cut out of a mailbox; one cut short by a limit has no bytes to name and is kept as it is. */
    public static RawMessage withMessageId(RawMessage raw, Optional<String> messageId) {
        if (raw.problem() != null || messageId.isPresent()) {
            return raw;
        }
        return new RawMessage(raw.position(), raw.offset(), raw.source(), withMessageId(raw.bytes(), messageId), null);
    }

    /** The derived Message-ID of a message, without angle brackets: a hash of its bytes. */
    static String derivedId(byte[] raw) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(raw);
            return HexFormat.of().formatHex(hash, 0, 16) + DOMAIN;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * A parsed message in sequence: an unsent numbered patch that continues the current run (same
     * version and total, the next number) is made a reply to the run's first message. Anything else
     * ends the run; a cover letter or a patch 1 starts a new one.
     */
    public Threaded next(Message message, byte[] raw) {
        if (!isDerived(message.messageId()) || message.inReplyTo().isPresent() || !message.references().isEmpty()) {
            runStart = null;
            return new Threaded(message, raw);
        }
        SubjectPrefix p = SubjectPrefix.parse(message.subject());
        if (!p.hasCounter() || p.pull()) {
            runStart = null;
            return new Threaded(message, raw);
        }
        boolean continues = runStart != null && p.version() == runVersion && p.total() == runTotal
                && p.index() == runLast + 1;
        if (!continues) {
            runStart = p.index() <= 1 ? message.messageId() : null;
            runVersion = p.version();
            runTotal = p.total();
            runLast = p.index();
            return new Threaded(message, raw);
        }
        runLast = p.index();
        Message threaded = new Message(message.messageId(), Optional.of(runStart), List.of(runStart), message.from(),
                message.subject(), message.info());
        return new Threaded(threaded, prepend("In-Reply-To: <" + runStart + ">\nReferences: <" + runStart + ">\n", raw));
    }

    /** A message and its raw bytes, with any threading added to both. */
    public record Threaded(Message message, byte[] raw) {}

    private static byte[] prepend(String headers, byte[] raw) {
        byte[] h = headers.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[h.length + raw.length];
        System.arraycopy(h, 0, out, 0, h.length);
        System.arraycopy(raw, 0, out, h.length, raw.length);
        return out;
    }
}
