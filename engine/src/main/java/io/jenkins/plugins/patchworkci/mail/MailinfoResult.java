package io.jenkins.plugins.patchworkci.mail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything one run of the mailinfo extraction produced, as bytes, so that the {@code pwci
 * mailinfo} command can write exactly what {@code git mailinfo} writes.
 *
 * @param info what git prints on stdout ({@code Author:}, {@code Email:}, {@code Subject:},
 *     {@code Date:} lines and a blank line)
 * @param author the author name, or null when the mail had no {@code From:}
 * @param email the author address, or null when the mail had no {@code From:}
 * @param subject the cleaned subject, or null when the mail had no {@code Subject:}
 * @param date the date, or null when the mail had no {@code Date:}
 * @param message the commit message (git's {@code msg} file)
 * @param patch the patch (git's {@code patch} file)
 * @param errors the problems for which git mailinfo exits with status 1, in order; empty when it succeeds
 * @param quotedCrSeen whether lines ended in a quoted CRLF (git warns unless told not to)
 * @param headers the message's top-level header lines, unfolded, as read
 */
public record MailinfoResult(
        byte[] info,
        byte @Nullable [] author,
        byte @Nullable [] email,
        byte @Nullable [] subject,
        byte @Nullable [] date,
        byte[] message,
        byte[] patch,
        List<String> errors,
        boolean quotedCrSeen,
        List<byte[]> headers) {

    public MailinfoResult {
        errors = List.copyOf(errors);
        headers = List.copyOf(headers);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** The value of the first top-level header with this name (compared without case), undecoded. */
    public Optional<byte[]> header(String name) {
        for (byte[] h : headers) {
            if (h.length > name.length() && h[name.length()] == ':' && startsWithIgnoreCase(h, name)) {
                int i = name.length() + 1;
                while (i < h.length && GitCtype.isSpace(h[i] & 0xff)) {
                    i++;
                }
                byte[] v = new byte[h.length - i];
                System.arraycopy(h, i, v, 0, v.length);
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWithIgnoreCase(byte[] h, String name) {
        for (int i = 0; i < name.length(); i++) {
            if (GitCtype.toLower(h[i] & 0xff) != GitCtype.toLower(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The result as the shared {@link MailInfo} value (text as UTF-8; absent fields empty). */
    public MailInfo toMailInfo() {
        return new MailInfo(utf8(author), utf8(email), utf8(subject), utf8(date),
                new String(message, StandardCharsets.UTF_8), patch);
    }

    private static String utf8(byte @Nullable [] b) {
        return b == null ? "" : new String(b, StandardCharsets.UTF_8);
    }
}
