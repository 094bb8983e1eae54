package io.jenkins.plugins.patchworkci.mail;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Re-encodes text from a mail's declared charset to the target charset (UTF-8 unless told
 * otherwise), as {@code git mailinfo -u} does with iconv: same-named encodings are left alone
 * (bytes pass through even if invalid), and invalid or unmappable input is an error, not a
 * replacement character.
 */
final class CharsetRecoder {

    private final @CheckForNull String target;
    private final @CheckForNull Charset targetCharset;

    /** @param target the target encoding name, or null for {@code -n} (no re-encoding) */
    CharsetRecoder(@CheckForNull String target) {
        this.target = target;
        this.targetCharset = target == null ? null : lookup(target);
    }

    boolean enabled() {
        return target != null;
    }

    @CheckForNull
    String target() {
        return target;
    }

    /**
     * Converts {@code line} in place from {@code charset}.
     *
     * @return null on success, else the reason (git's "cannot convert from X to Y")
     */
    @CheckForNull
    String convert(ByteLine line, @CheckForNull String charset) {
        if (target == null || charset == null || charset.isEmpty() || sameEncoding(target, charset)) {
            return null;
        }
        Charset from = lookup(charset);
        if (from == null || targetCharset == null) {
            return "cannot convert from " + charset + " to " + target;
        }
        try {
            CharBuffer chars = from.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line.array(), 0, line.length()));
            ByteBuffer bytes = targetCharset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(chars);
            line.reset();
            line.append(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            return null;
        } catch (CharacterCodingException e) {
            return "cannot convert from " + charset + " to " + target;
        }
    }

    /** git's same_encoding: "utf8", "UTF-8" and "utf-8" are one encoding; otherwise names compare without case. */
    static boolean sameEncoding(String a, String b) {
        String la = a.toLowerCase(Locale.ROOT);
        String lb = b.toLowerCase(Locale.ROOT);
        if (la.startsWith("utf") && lb.startsWith("utf")) {
            String ra = la.substring(3);
            String rb = lb.substring(3);
            if (ra.startsWith("-")) {
                ra = ra.substring(1);
            }
            if (rb.startsWith("-")) {
                rb = rb.substring(1);
            }
            return ra.equals(rb);
        }
        return la.equals(lb);
    }

    @CheckForNull
    static Charset lookup(String name) {
        String n = name.trim();
        // iconv knows "utf8" and "latin-1" through git's fallback names.
        if (n.equalsIgnoreCase("utf8")) {
            n = "UTF-8";
        } else if (n.equalsIgnoreCase("latin-1")) {
            n = "ISO-8859-1";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
