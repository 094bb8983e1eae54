package io.jenkins.plugins.patchworkci.series;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.mail.Address;
import io.jenkins.plugins.patchworkci.mail.Trailer;
import org.junit.jupiter.api.Test;

/** b4's follow-up trailer rules, line by line. */
class FollowupTrailersTest {

    @Test
    void onlyTheRepliesOwnTextCounts() {
        String text = """
                On Mon, Ada wrote:
                > Signed-off-by: Ada Lovelace <ada@example.org>
                >> Acked-by: Quoted Twice <q@example.org>
                  > Reviewed-by: Indented Quote <i@example.org>

                Reviewed-by: Bob Example <bob@example.net>

                --\s
                Acked-by: In Signature <sig@example.org>
                """;
        assertThat(FollowupTrailers.find(text)).containsExactly(new Trailer("Reviewed-by", "Bob Example <bob@example.net>"));
    }

    @Test
    void tokensNeedAPersonExceptUtilityOnes() {
        String text = """
                Note: this is prose, not a trailer
                Cc: someone@example.org
                Fixes: 1234567890ab ("net: break things")
                Fixes: not-a-hash
                Link: https://lore.kernel.org/r/abc@example.org
                Closes: https://bugzilla.example.org/1
                Reviewed-by: https://example.org/not-a-link-trailer <x@example.org>
                Tested-by: Tess Ter <tess@example.com> # on arm64
                Co-developed-by: Co Dev <codev@example.com>
                Suggested-by: sug@example.com
                """;
        assertThat(FollowupTrailers.find(text)).containsExactly(
                new Trailer("Fixes", "1234567890ab (\"net: break things\")"),
                new Trailer("Link", "https://lore.kernel.org/r/abc@example.org"),
                new Trailer("Closes", "https://bugzilla.example.org/1"),
                new Trailer("Tested-by", "Tess Ter <tess@example.com>"),
                new Trailer("Co-developed-by", "Co Dev <codev@example.com>"),
                new Trailer("Suggested-by", "sug@example.com"));
    }

    @Test
    void commonWrappingIsUndone() {
        String text = """
                Fixes: 1234567890ab ("net: a subject that was
                wrapped by the mailer")
                Reviewed-by: A Very Long Name Indeed
                <long@example.org>
                Acked-by: Someone <someone@example.org<mailto:someone@example.org>>
                """;
        assertThat(FollowupTrailers.find(text)).extracting(Trailer::toString).containsExactly(
                "Fixes: 1234567890ab (\"net: a subject that was wrapped by the mailer\")",
                "Reviewed-by: A Very Long Name Indeed <long@example.org>",
                "Acked-by: Someone <someone@example.org>");
    }

    @Test
    void senderMatchIsB4sFuzzyMatch() {
        Address bob = new Address("Bob Example", "bob@example.net");
        assertThat(SenderMatch.matches(new Address("Bob Example", "BOB@example.net"), bob)).isTrue();
        assertThat(SenderMatch.matches(new Address("B", "bob+lkml@example.net"), bob)).isTrue();
        assertThat(SenderMatch.matches(new Address("", "foo@linux.intel.com"), new Address("", "foo@intel.com"))).isTrue();
        assertThat(SenderMatch.matches(new Address("", "foo@a.b.intel.com"), new Address("", "foo@intel.com"))).isFalse();
        assertThat(SenderMatch.matches(new Address("bob example", "bob@work.example"), bob)).isTrue();
        assertThat(SenderMatch.matches(new Address("John Doe", "jd@work.example"), new Address("Doe, John", "john@home.example"))).isTrue();
        assertThat(SenderMatch.matches(new Address("Jane Roe", "jr@work.example"), new Address("Doe, John", "john@home.example"))).isFalse();
        assertThat(SenderMatch.matches(new Address("Frank", "frank@example.com"), bob)).isFalse();
    }
}
