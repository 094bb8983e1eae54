package io.jenkins.plugins.patchworkci.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/**
 * The two ways report pages put text in HTML: mail strings escaped and isolated in a
 * {@code <bdi class="pwci-mail">} (a right-to-left override in a subject stays inside it), and
 * links only to http(s) or relative targets, with the text alone otherwise.
 */
final class PageText {

    private PageText() {}

    /**
     * A string that came from mail (subject, name, address, file name). When it holds
     * bidirectional controls (the "Trojan Source" trick: {@code gnp.exe} shown as {@code exe.png}),
     * a visible marker follows it: the text itself is kept exactly, so the reader is told instead.
     */
    static String mail(String text) {
        String html = "<bdi class=\"pwci-mail\">" + HtmlEscaper.escape(text) + "</bdi>";
        return hasBidiControls(text)
                ? html + "<span class=\"pwci-bidi\" title=\"this text contains bidirectional control characters; "
                        + "what is shown may not be the order of the characters\">[bidi]</span>"
                : html;
    }

    static boolean hasBidiControls(String text) {
        return text.codePoints().anyMatch(cp -> (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200E || cp == 0x200F || cp == 0x061C);
    }

    /** Already-escaped HTML, linked to {@code url} when it is a safe link target. */
    static String link(@CheckForNull String url, String html) {
        String href = HtmlEscaper.href(url);
        return href == null ? html : "<a href=\"" + href + "\" rel=\"noopener noreferrer\">" + html + "</a>";
    }
}
