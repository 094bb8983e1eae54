package io.jenkins.plugins.patchworkci.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/**
 * The two ways report pages put text in HTML: mail strings escaped and isolated in a
 * {@code <bdi class="pwci-mail">} (a right-to-left override in a subject stays inside it), and
 * links only to http(s) or relative targets, with the text alone otherwise.
 */
final class PageText {

    private PageText() {}

    /** A string that came from mail (subject, name, address, file name). */
    static String mail(String text) {
        return "<bdi class=\"pwci-mail\">" + HtmlEscaper.escape(text) + "</bdi>";
    }

    /** Already-escaped HTML, linked to {@code url} when it is a safe link target. */
    static String link(@CheckForNull String url, String html) {
        String href = HtmlEscaper.href(url);
        return href == null ? html : "<a href=\"" + href + "\" rel=\"noopener noreferrer\">" + html + "</a>";
    }
}
