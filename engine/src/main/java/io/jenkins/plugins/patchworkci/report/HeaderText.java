package io.jenkins.plugins.patchworkci.report;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Text from mail made safe to put back into mail headers. A subject or name can carry CR/LF (to
 * add a header such as {@code Bcc:}) or text that looks like an RFC 2047 encoded word
 * ({@code =?UTF-8?Q?=0D=0ABcc:...?=}), which a reader would decode into one. So: every control
 * character becomes a space, and any value that is not plain printable ASCII, or that contains
 * {@code =?}, is sent as base64 encoded words, whose decoding gives back the text and nothing more.
 */
public final class HeaderText {

    /** Printable ASCII without blanks, angle brackets, quotes or backslashes. */
    private static final Pattern MESSAGE_ID = Pattern.compile("[\\x21-\\x7E&&[^<>\"\\\\]]+");
    /** RFC 2047: an encoded word is at most 75 characters; 12 go to the =?UTF-8?B?...?= frame. */
    private static final int MAX_WORD_BYTES = 45;

    private HeaderText() {}

    /** One line: controls (CR, LF, tab, C1, ...) become single spaces, runs of blanks fold to one. */
    public static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029
                ? ' ' : cp));
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /** A header value: {@link #oneLine}, then encoded words when needed, folded between words. */
    public static String encode(String text) {
        String line = oneLine(text);
        boolean plain = line.chars().allMatch(c -> c >= 0x20 && c < 0x7F) && !line.contains("=?");
        if (plain) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        StringBuilder chunk = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_WORD_BYTES) {
                word(out, chunk);
                chunk.setLength(0);
                bytes = 0;
            }
            chunk.appendCodePoint(cp);
            bytes += size;
        }
        word(out, chunk);
        return out.toString();
    }

    private static void word(StringBuilder out, CharSequence chunk) {
        if (chunk.length() == 0) {
            return;
        }
        if (out.length() > 0) {
            out.append("\r\n "); // folding white space between encoded words is not part of the text
        }
        out.append("=?UTF-8?B?")
                .append(Base64.getEncoder().encodeToString(chunk.toString().getBytes(StandardCharsets.UTF_8)))
                .append("?=");
    }

    /**
     * A Message-ID from mail fit to go between angle brackets in In-Reply-To or References, or
     * null when it is not one (blanks, brackets, controls, non-ASCII).
     */
    @Nullable
    public static String messageId(@Nullable String id) {
        return id != null && !id.isEmpty() && id.length() <= 250 && MESSAGE_ID.matcher(id).matches() ? id : null;
    }
}
