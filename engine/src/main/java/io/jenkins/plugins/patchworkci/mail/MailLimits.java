package io.jenkins.plugins.patchworkci.mail;

/**
 * Bounds on what one message may cost to read. A message over a bound is reported as a
 * {@link MailError} and skipped; the mailbox goes on. The defaults are far above real patch
 * mail (the largest kernel patches are a few MB; base64 lines are 76 bytes) and far below what
 * would hurt the process.
 *
 * @param maxMessageBytes the largest message, in bytes (default 64 MiB)
 * @param maxLineBytes the longest line (or unfolded header), in bytes (default 512 KiB)
 * @param maxMimeParts the most MIME parts in one message (default 256)
 */
public record MailLimits(int maxMessageBytes, int maxLineBytes, int maxMimeParts) {

    public MailLimits {
        if (maxMessageBytes <= 0 || maxLineBytes <= 0 || maxMimeParts <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static MailLimits defaults() {
        return new MailLimits(64 << 20, 512 << 10, 256);
    }

    /** No practical limit: what git itself would read (used by the git-compatible commands). */
    public static MailLimits unlimited() {
        return new MailLimits(Integer.MAX_VALUE - 16, Integer.MAX_VALUE - 16, Integer.MAX_VALUE);
    }

    public MailLimits withMaxMessageBytes(int v) {
        return new MailLimits(v, maxLineBytes, maxMimeParts);
    }

    public MailLimits withMaxLineBytes(int v) {
        return new MailLimits(maxMessageBytes, v, maxMimeParts);
    }

    public MailLimits withMaxMimeParts(int v) {
        return new MailLimits(maxMessageBytes, maxLineBytes, v);
    }
}
