package io.jenkins.plugins.patchworkci.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeUtility;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class HeaderTextTest {

    @Test
    void controlsBecomeSpaces() {
        assertThat(HeaderText.oneLine("a\r\nBcc: x\tb\u0085c\u2028d")).isEqualTo("a Bcc: x b c d");
    }

    @Test
    void plainAsciiStaysPlainAndEncodedWordLookalikesAreEncoded() {
        assertThat(HeaderText.encode("[PATCH net-next v2 0/3] net: core")).isEqualTo("[PATCH net-next v2 0/3] net: core");
        assertThat(HeaderText.encode("x =?UTF-8?Q?=0D=0A?=")).startsWith("=?UTF-8?B?").doesNotContain("=?UTF-8?Q?");
    }

    @Property
    void decodingTheEncodedValueGivesTheOneLineText(@ForAll String text) throws Exception {
        String encoded = HeaderText.encode(text);

        assertThat(encoded.replace("\r\n ", "")).doesNotContain("\r", "\n");
        for (String line : encoded.split("\r\n")) {
            assertThat(line.length()).isLessThanOrEqualTo(78);
        }
        String line = HeaderText.oneLine(text);
        boolean plain = line.chars().allMatch(c -> c >= 0x20 && c < 0x7F) && !line.contains("=?");
        if (!plain) {
            // Lone surrogates cannot be encoded in UTF-8: Java writes '?' for them.
            String expected = new String(line.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(MimeUtility.decodeText(MimeUtility.unfold(encoded))).isEqualTo(expected);
        }
    }

    @Test
    void messageIdsWithBlanksBracketsOrControlsAreRefused() {
        assertThat(HeaderText.messageId("cover.1795567226.git.jane@example.org")).isEqualTo("cover.1795567226.git.jane@example.org");
        assertThat(HeaderText.messageId("a b@c")).isNull();
        assertThat(HeaderText.messageId("a>\r\nBcc: x")).isNull();
        assertThat(HeaderText.messageId("<a@b>")).isNull();
        assertThat(HeaderText.messageId("")).isNull();
    }
}
