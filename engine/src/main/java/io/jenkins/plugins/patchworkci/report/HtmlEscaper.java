package io.jenkins.plugins.patchworkci.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.owasp.encoder.Encode;

/**
 * Untrusted text (subjects, names, file names, tool output) as HTML that shows exactly that text,
 * for the few places that put strings into HTML outside the report pages (the Jenkins build page,
 * the scan report). The encoding is the OWASP Java Encoder's {@code forHtml}: the characters HTML
 * gives meaning to become references, in element content and quoted attribute values alike, and
 * code points HTML forbids in a document (controls, lone surrogates, noncharacters) become a space.
 * Bidirectional controls (U+202E) are kept: they are text, and the pages isolate every mail string
 * in a {@code <bdi>} so they cannot reorder what surrounds it. The report pages themselves are
 * written through {@link Html}, which has no way to take markup.
 */
public final class HtmlEscaper {

    private HtmlEscaper() {}

    /** Text for element content or a quoted attribute value. */
    public static String escape(String text) {
        return Encode.forHtml(text);
    }

    /**
     * A link target for an {@code href}, escaped, when it is an http or https URL or a relative
     * path; null for anything else ({@code javascript:}, {@code data:}, a malformed URL), so
     * the caller shows the text without a link.
     */
    @Nullable
    public static String href(@Nullable String url) {
        String safe = safeUrl(url);
        return safe == null ? null : escape(safe);
    }

    /** The URL, normalised, when it is http(s) or a relative path; null otherwise. Not yet escaped. */
    @Nullable
    static String safeUrl(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            if (scheme == null) {
                // Relative: a path only. A network-path reference (//host) could point anywhere.
                return uri.getRawAuthority() == null && !url.strip().startsWith("//") ? uri.toString() : null;
            }
            String s = scheme.toLowerCase(Locale.ROOT);
            return (s.equals("http") || s.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
