package io.jenkins.plugins.patchworkci.report;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class HtmlEscaperTest {

    /** What a browser does to escaped text: the inverse of escape for text without forbidden code points. */
    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#34;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", "\u00A0").replace("&amp;", "&");
    }

    @Test
    void escapesTheFiveSpecialCharacters() {
        assertThat(HtmlEscaper.escape("<a href=\"x\" title='y'>&amp;</a>"))
                .isEqualTo("&lt;a href=&#34;x&#34; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
    }

    @Test
    void keepsBidiControlsAndNonAsciiButReplacesForbiddenControls() {
        // The OWASP encoder's rule: controls, lone surrogates and noncharacters become a space (NEL stays).
        assertThat(HtmlEscaper.escape("a\u202Eb \u00E9\u4E2D\uD83D\uDE00")).isEqualTo("a\u202Eb \u00E9\u4E2D\uD83D\uDE00");
        assertThat(HtmlEscaper.escape("nul\u0000 esc\u001B c1\u0085 del\u007F tab\tnl\n")).isEqualTo("nul  esc  c1\u0085 del  tab\tnl\n");
        assertThat(HtmlEscaper.escape("lone \uD800 surrogate \uFFFF")).isEqualTo("lone   surrogate  ");
    }

    @Property
    void escapedTextHasNoMarkupAndUnescapesToTheOriginal(@ForAll String text) {
        String escaped = HtmlEscaper.escape(text);

        assertThat(escaped).doesNotContain("<", ">", "\"", "'");
        assertThat(escaped.replaceAll("&(amp|lt|gt|#34|#39);", "")).doesNotContain("&");
        String printable = text.codePoints()
                .map(cp -> (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F)
                        || (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE
                        ? (cp == 0x85 ? cp : ' ') : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        assertThat(unescape(escaped)).isEqualTo(printable);
    }

    @Test
    void linksOnlyToHttpAndRelativeTargets() {
        assertThat(HtmlEscaper.href("https://patchwork.kernel.org/project/netdevbpf/list/?series=6&state=*"))
                .isEqualTo("https://patchwork.kernel.org/project/netdevbpf/list/?series=6&amp;state=*");
        assertThat(HtmlEscaper.href("logs/build.txt")).isEqualTo("logs/build.txt");
        assertThat(HtmlEscaper.href("javascript:alert(1)")).isNull();
        assertThat(HtmlEscaper.href(" JaVaScRiPt:alert(1)")).isNull();
        assertThat(HtmlEscaper.href("data:text/html,<script>")).isNull();
        assertThat(HtmlEscaper.href("//evil.example/x")).isNull();
        assertThat(HtmlEscaper.href("https://x/\"onmouseover=\"alert(1)")).isNull();
        assertThat(HtmlEscaper.href(null)).isNull();
    }
}
