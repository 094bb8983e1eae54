package io.jenkins.plugins.patchworkci.mail;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Re-encodes text from a mail's declared charset to the target charset (UTF-8 unless told
 * otherwise), as {@code git mailinfo -u} does with iconv: same-named encodings are left alone
 * (bytes pass through even if invalid), and invalid or unmappable input is an error, not a
 * replacement character.
 */
final class CharsetRecoder {

    private final @Nullable String target;
    private final @Nullable Charset targetCharset;

    /** @param target the target encoding name, or null for {@code -n} (no re-encoding) */
    CharsetRecoder(@Nullable String target) {
        this.target = target;
        this.targetCharset = target == null ? null
                : target.equalsIgnoreCase("UTF-8") ? java.nio.charset.StandardCharsets.UTF_8 : lookup(target);
    }

    /**
     * The last charset asked about and whether it is the target: a body asks once per line. One
     * immutable value in one field, so a recoder shared between threads stays correct.
     */
    private record Decision(String charset, boolean same) {}

    private Decision last = new Decision("", true);

    boolean enabled() {
        return target != null;
    }

    @Nullable
    String target() {
        return target;
    }

    /**
     * Converts {@code line} in place from {@code charset}.
     *
     * @return null on success, else the reason (git's "cannot convert from X to Y")
     */
    @Nullable
    String convert(ByteLine line, @Nullable String charset) {
        if (target == null || charset == null || charset.isEmpty()) {
            return null;
        }
        Decision d = last;
        if (!charset.equals(d.charset())) {
            d = new Decision(charset, sameEncoding(target, charset));
            last = d;
        }
        if (d.same()) {
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

    /**
     * The Java charset for a name as glibc's iconv_open reads it: characters other than letters,
     * digits and {@code _-.,:} are dropped ({@code ISO8859-1>} is ISO-8859-1), and git's fallback
     * names {@code utf8} and {@code latin-1} are known.
     */
    @Nullable
    static Charset lookup(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/') {
                break; // "//TRANSLIT" and the like: options, not part of the name
            }
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "_-.,:".indexOf(c) >= 0) {
                b.append(c);
            }
        }
        String n = b.toString();
        if (n.equalsIgnoreCase("utf8")) {
            n = "UTF-8";
        } else if (n.equalsIgnoreCase("latin-1")) {
            n = "ISO-8859-1";
        }
        if (n.isEmpty()) {
            return null;
        }
        Charset c = forName(n);
        if (c == null) {
            // glibc also knows the ISO 8859 names without separators (ISO88591, ISO_885915)
            java.util.regex.Matcher m = ISO8859.matcher(n);
            if (m.matches()) {
                c = forName("ISO-8859-" + m.group(1));
            }
        }
        return c;
    }

    private static final java.util.regex.Pattern ISO8859 =
            java.util.regex.Pattern.compile("(?i)ISO[-_]?8859[-_]?(\\d{1,2})");

    @Nullable
    private static Charset forName(String n) {
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
