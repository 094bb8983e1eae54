package io.jenkins.plugins.patchworkci.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ArchiveLinkTest {

    @Test
    void theThreadIsTheEscapedMessageIdUnderTheBase() {
        assertThat(ArchiveLink.of("https://lore.kernel.org/netdev/", "<20261102.1234-1-jane@example.org>"))
                .contains("https://lore.kernel.org/netdev/20261102.1234-1-jane@example.org/");
        assertThat(ArchiveLink.of("https://lore.kernel.org/all", "a/b c?d#e%f@x"))
                .contains("https://lore.kernel.org/all/a%2Fb%20c%3Fd%23e%25f@x/");
    }

    @Test
    void aMessageIdNeverEscapesTheList() {
        assertThat(ArchiveLink.of("https://lore.kernel.org/netdev/", "..")).contains("https://lore.kernel.org/netdev/%2E%2E/");
        assertThat(ArchiveLink.of("https://lore.kernel.org/netdev/", "javascript:x"))
                .contains("https://lore.kernel.org/netdev/javascript:x/");
    }

    @Test
    void noBaseNoLinkAndABadBaseIsNamed() {
        assertThat(ArchiveLink.of("", "x@y")).isEmpty();
        assertThat(ArchiveLink.of(null, "x@y")).isEmpty();
        assertThatThrownBy(() -> ArchiveLink.of("javascript:alert(1)//", "x@y"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("javascript:alert(1)//");
        assertThatThrownBy(() -> ArchiveLink.of("lore.kernel.org/all/", "x@y"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http(s)");
    }

    /** The link reads back, through the engine's public-inbox URL parser, as the same list and Message-ID. */
    @Property
    void everyMessageIdReadsBackFromItsLink(@ForAll @StringLength(min = 1, max = 80) String raw) {
        String msgid = raw.strip().replace("<", "").replace(">", "");
        // the parser reads a trailing T, t, raw, R as public-inbox's own suffixes, not as the id
        if (msgid.isEmpty() || msgid.chars().anyMatch(c -> c < 0x21 || c == 0x7f)
                || java.util.List.of("T", "t", "raw", "R", "t.mbox.gz", "t.atom", "#R").contains(msgid)) {
            return;
        }
        String url = ArchiveLink.of("https://lore.kernel.org/bpf", msgid).orElseThrow();
        LoreLink back = LoreLink.parse(url);
        assertThat(back.list()).isEqualTo("bpf");
        assertThat(back.messageId()).isEqualTo(msgid);
        assertThat(url).startsWith("https://lore.kernel.org/bpf/").doesNotContain("#", "?", " ");
    }
}
