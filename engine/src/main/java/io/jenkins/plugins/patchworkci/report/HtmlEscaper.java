package io.jenkins.plugins.patchworkci.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Turns untrusted text (subjects, names, file names, tool output) into HTML that shows exactly
 * that text. The same escaping serves element content and double- or single-quoted attribute
 * values: the five characters HTML gives meaning to become references, and the code points HTML
 * forbids in a document (C0 and C1 controls other than tab, newline and carriage return, lone
 * surrogates, noncharacters) become U+FFFD, the replacement character a browser would show anyway.
 * Bidirectional controls (U+202E) are kept: they are text, and the page isolates every mail string
 * in a {@code <bdi>} so they cannot reorder what surrounds it.
 */
public final class HtmlEscaper {

    private HtmlEscaper() {}

    /** Text for element content or a quoted attribute value. */
    @NonNull
    public static String escape(@NonNull String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (allowed(cp)) {
                        out.appendCodePoint(cp);
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * A link target for an {@code href}, escaped, when it is an http or https URL or a relative
     * path; null for anything else ({@code javascript:}, {@code data:}, a malformed URL), so
     * the caller shows the text without a link.
     */
    @CheckForNull
    public static String href(@CheckForNull String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            if (scheme == null) {
                // Relative: a path only. A network-path reference (//host) could point anywhere.
                return uri.getRawAuthority() == null && !url.strip().startsWith("//") ? escape(uri.toString()) : null;
            }
            String s = scheme.toLowerCase(Locale.ROOT);
            return (s.equals("http") || s.equals("https")) && uri.getHost() != null ? escape(uri.toString()) : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean allowed(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return true;
        }
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            return false;
        }
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            return false; // a lone surrogate: codePointAt only returns one when it is unpaired
        }
        return !((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE);
    }
}
