package io.jenkins.plugins.patchworkci.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading the URL forms lore.kernel.org hands out. */
class LoreLinkTest {

    private static final String MSGID = "20251124.123456.1-2@kernel.org";

    @ParameterizedTest
    @ValueSource(strings = {
        "https://lore.kernel.org/netdev/20251124.123456.1-2@kernel.org/",
        "https://lore.kernel.org/netdev/20251124.123456.1-2@kernel.org",
        "https://lore.kernel.org/netdev/20251124.123456.1-2@kernel.org/T/#u",
        "https://lore.kernel.org/netdev/20251124.123456.1-2@kernel.org/t.mbox.gz",
        "https://lore.kernel.org/netdev/20251124.123456.1-2@kernel.org/raw",
        "  https://lore.kernel.org/netdev/%3C20251124.123456.1-2@kernel.org%3E/  ",
    })
    void listAndMessageIdFromEveryForm(String url) {
        LoreLink l = LoreLink.parse(url);

        assertThat(l.server()).isEqualTo(URI.create("https://lore.kernel.org/"));
        assertThat(l.list()).isEqualTo("netdev");
        assertThat(l.messageId()).isEqualTo(MSGID);
    }

    @Test
    void theRedirectorAndAllListsMeanEveryList() {
        assertThat(LoreLink.parse("https://lore.kernel.org/r/" + MSGID).list()).isEqualTo("all");
        assertThat(LoreLink.parse("https://lore.kernel.org/all/" + MSGID + "/").list()).isEqualTo("all");
    }

    @Test
    void escapedSlashesAndPlusSignsSurviveTheRoundTrip() {
        String odd = "a/b+c d%e@host";
        LoreLink l = new LoreLink(URI.create("https://example.org/pi/"), "list", "<" + odd + ">");

        assertThat(l.messageUri().toString()).isEqualTo("https://example.org/pi/list/a%2Fb+c%20d%25e@host/");
        LoreLink back = LoreLink.parse(l.messageUri().toString());
        assertThat(back).isEqualTo(l);
    }

    @Test
    void urlsWithoutListAndMessageIdAreRefusedByName() {
        assertThatThrownBy(() -> LoreLink.parse("https://lore.kernel.org/netdev/"))
                .hasMessageContaining("https://lore.kernel.org/netdev/");
        assertThatThrownBy(() -> LoreLink.parse("ftp://lore.kernel.org/netdev/x@y/"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
