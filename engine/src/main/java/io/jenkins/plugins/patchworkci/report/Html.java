package io.jenkins.plugins.patchworkci.report;

import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.owasp.encoder.Encode;

/**
 * Writes report HTML so that text cannot become markup: there is no method that takes HTML. Data
 * enters only as element text or attribute values, both encoded by the OWASP Java Encoder; element
 * and attribute names must be known words (no {@code script}, no {@code on*} handler, links only
 * through {@link #link}); style sheets must not hold {@code <}. A mistake in a caller can give a
 * wrong page, not an injected one.
 */
final class Html {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Set<String> ELEMENTS = Set.of("html", "head", "body", "title", "meta", "style", "main",
            "header", "section", "nav", "div", "span", "p", "h1", "h2", "h3", "ul", "ol", "li", "table", "thead",
            "tbody", "tr", "th", "td", "pre", "code", "b", "mark", "bdi", "details", "summary", "small", "label",
            "input", "abbr", "colgroup", "col", "time", "del", "ins");
    private static final Set<String> VOID = Set.of("meta", "input", "col");

    private final StringBuilder out = new StringBuilder(16384);

    /** Opens an element; {@code attributes} are name, value pairs (a null value leaves the attribute out). */
    Html open(String element, String... attributes) {
        if (!ELEMENTS.contains(element)) {
            throw new IllegalArgumentException("not an element a report writes: " + element);
        }
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        out.append('<').append(element);
        for (int i = 0; i < attributes.length; i += 2) {
            attribute(attributes[i], attributes[i + 1]);
        }
        out.append('>');
        return this;
    }

    private void attribute(String name, @Nullable String value) {
        if (!NAME.matcher(name).matches() || name.startsWith("on") || name.equals("href") || name.equals("src")
                || name.equals("style")) {
            throw new IllegalArgumentException("not an attribute a report writes: " + name);
        }
        if (value != null) {
            out.append(' ').append(name).append("=\"").append(Encode.forHtmlAttribute(value)).append('"');
        }
    }

    Html close(String element) {
        if (!ELEMENTS.contains(element) || VOID.contains(element)) {
            throw new IllegalArgumentException("cannot close " + element);
        }
        out.append("</").append(element).append('>');
        return this;
    }

    /** An element holding text only. */
    Html element(String element, String text, String... attributes) {
        return open(element, attributes).text(text).close(element);
    }

    /** Text, encoded. */
    Html text(String text) {
        out.append(Encode.forHtmlContent(text));
        return this;
    }

    /** A newline between blocks, for people reading the source. */
    Html newline() {
        out.append('\n');
        return this;
    }

    /**
     * A string that came from mail (subject, name, address, file name), isolated in a
     * {@code <bdi class="pwci-mail">} so a right-to-left override cannot reorder what is around
     * it. When it holds bidirectional controls (the "Trojan Source" trick: {@code gnp.exe} shown
     * as {@code exe.png}), a visible marker follows: the text is kept exactly, the reader is told.
     */
    Html mail(String text) {
        element("bdi", text, "class", "pwci-mail");
        if (hasBidiControls(text)) {
            element("span", "[bidi]", "class", "pwci-bidi", "title", "this text contains bidirectional control"
                    + " characters; what is shown may not be the order of the characters");
        }
        return this;
    }

    static boolean hasBidiControls(String text) {
        return text.codePoints().anyMatch(cp -> (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200E || cp == 0x200F || cp == 0x061C);
    }

    /**
     * Opens a link when {@code url} is a safe target (http, https or a relative path), and says
     * whether it did: the caller closes it with {@link #endLink(boolean)}. Anything else
     * ({@code javascript:}, {@code data:}) shows the content without a link.
     */
    boolean link(@Nullable String url, String... attributes) {
        String safe = HtmlEscaper.safeUrl(url);
        if (safe == null) {
            return false;
        }
        out.append("<a href=\"").append(Encode.forHtmlAttribute(safe)).append("\" rel=\"noopener noreferrer\"");
        for (int i = 0; i < attributes.length; i += 2) {
            attribute(attributes[i], attributes[i + 1]);
        }
        out.append('>');
        return true;
    }

    Html endLink(boolean opened) {
        if (opened) {
            out.append("</a>");
        }
        return this;
    }

    /** A link whose content is plain text. */
    Html linkText(@Nullable String url, String text, String... attributes) {
        boolean opened = link(url, attributes);
        text(text);
        return endLink(opened);
    }

    /** A constant style sheet of the page's own; refused if it could close its element. */
    Html style(String css) {
        if (css.contains("<")) {
            throw new IllegalArgumentException("a style sheet holds no '<'");
        }
        out.append("<style>").append(css).append("</style>");
        return this;
    }

    /** The document's start: doctype, and the page's own constant head elements are added by the caller. */
    Html doctype() {
        out.append("<!DOCTYPE html>\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
