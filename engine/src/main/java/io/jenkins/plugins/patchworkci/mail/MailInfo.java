package io.jenkins.plugins.patchworkci.mail;

import java.util.Objects;

/**
 * What {@code git mailinfo} extracts from one message: the four header lines it prints (author,
 * email, subject, date), the commit message it writes to its {@code msg} file, and the patch it
 * writes to its {@code patch} file.
 *
 * <p>The patch is bytes, not text: a diff may carry content in any encoding, and git passes it
 * through unconverted. The message is UTF-8 text (git's {@code -u}, its default).
 *
 * @param author the author's name (an in-body {@code From:} overrides the header, as in git)
 * @param email the author's address
 * @param subject the subject with {@code [PATCH ...]} and {@code Re:} prefixes removed
 * @param date the date line exactly as {@code git mailinfo} prints it (the raw header value)
 * @param message the commit message body (after the subject), up to the {@code ---} line
 * @param patch the diff and everything after the {@code ---} line that git keeps, possibly empty
 */
public record MailInfo(String author, String email, String subject, String date, String message, byte[] patch) {

    public MailInfo {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(patch, "patch");
    }

    /** True when the message carries a diff (what {@code git am} would apply). */
    public boolean hasPatch() {
        return patch.length > 0;
    }
}
