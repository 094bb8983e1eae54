package io.jenkins.plugins.patchworkci.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The lines after the diff, as format-patch --base and b4 write them. */
class DiffFooterTest {

    @Test
    void b4CoverLetterCarriesBaseAndChangeIdAfterTheSeparator() throws Exception {
        String cover = "From: Dev One <dev@example.org>\nMessage-ID: <20240101-topic-v2-0-abc@example.org>\n"
                + "Subject: [PATCH net-next v2 0/2] net: topic\nDate: Mon, 1 Jan 2024 10:00:00 +0000\n\n"
                + "Cover text.\n\n---\nChanges in v2:\n- rebased\n\n---\nDev One (2):\n      a\n      b\n\n"
                + " net/a.c | 1 +\n 1 file changed, 1 insertion(+)\n---\n"
                + "base-commit: 0123456789abcdef0123456789abcdef01234567\n"
                + "change-id: 20240101-topic-0123456789ab\n"
                + "prerequisite-change-id: 20231201-other-abcdef\n"
                + "prerequisite-patch-id: 1111111111111111111111111111111111111111\n"
                + "prerequisite-message-id: <20231201-other-v3-0-def@example.org>\n\n"
                + "Best regards,\n-- \nDev One <dev@example.org>\n";
        Message m = MailParser.withDefaults().parse(cover.getBytes(StandardCharsets.UTF_8));
        assertThat(Patch.carriesDiff(m)).isFalse();
        DiffFooter f = DiffFooter.of(m.info());
        assertThat(f.baseCommit()).contains("0123456789abcdef0123456789abcdef01234567");
        assertThat(f.changeId()).contains("20240101-topic-0123456789ab");
        assertThat(f.prerequisitePatchIds()).containsExactly("1111111111111111111111111111111111111111");
        assertThat(f.prerequisiteMessageIds()).containsExactly("20231201-other-v3-0-def@example.org");
    }

    @Test
    void patchFooterAfterTheDiff() throws Exception {
        String mail = MailboxTest.mail("p@x", "[PATCH] x", "Text\n" + MailboxTest.DIFF.replace("-- \n",
                "\nbase-commit: abcdefabcdefabcdefabcdefabcdefabcdefabcd\nchange-id: 20240101-x-1\n-- \n"));
        Patch p = Patch.of(MailParser.withDefaults().parse(mail.getBytes(StandardCharsets.UTF_8)));
        assertThat(p.baseCommit()).contains("abcdefabcdefabcdefabcdefabcdefabcdefabcd");
        assertThat(p.changeId()).contains("20240101-x-1");
    }

    @Test
    void noDiffIsNoPatch() throws Exception {
        Message m = MailParser.withDefaults().parse(MailboxTest.mail("r@x", "Re: [PATCH] x", "Looks good.\n\nReviewed-by: R <r@x>\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(Patch.carriesDiff(m)).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Patch.of(m)).isInstanceOf(MailException.class)
                .hasMessageContaining("<r@x> carries no diff");
    }
}
