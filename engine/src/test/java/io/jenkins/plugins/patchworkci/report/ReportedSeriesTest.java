package io.jenkins.plugins.patchworkci.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.patchworkci.mail.Address;
import io.jenkins.plugins.patchworkci.mail.MailInfo;
import io.jenkins.plugins.patchworkci.mail.Message;
import io.jenkins.plugins.patchworkci.mail.Patch;
import io.jenkins.plugins.patchworkci.mail.SubjectPrefix;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportedSeriesTest {

    private static Patch patch(int index, int total) {
        String subject = "[PATCH net-next v2 " + index + "/" + total + "] net: core: add b()";
        Message message = new Message("p" + index + "@example.org", Optional.of("cover@example.org"),
                List.of("v1@example.org", "cover@example.org"), new Address("Jane Dev", "jane@example.org"), subject,
                new MailInfo("Jane Dev", "jane@example.org", "net: core: add b()", "Wed, 25 Nov 2026 00:40:25 +0000",
                        "body\n", "diff --git a/x b/x\n".getBytes(StandardCharsets.UTF_8)));
        SubjectPrefix prefix = new SubjectPrefix(List.of("PATCH", "net-next", "v2", index + "/" + total),
                Optional.of("net-next"), 2, index, total, false, false, false);
        return new Patch(message, prefix, List.of(), "0".repeat(40), Optional.empty(), List.of(), List.of());
    }

    @Test
    void aMailPatchBecomesAReportedPatchNumberedByItsCounter() {
        ReportedPatch p = ReportedPatch.of(patch(2, 3), 10L, "https://patchwork.example.org/patch/10/");

        assertThat(p.number()).isEqualTo(2);
        assertThat(p.mail()).isEqualTo(new ReportedMessage("[PATCH net-next v2 2/3] net: core: add b()", "p2@example.org",
                List.of("v1@example.org", "cover@example.org")));
        assertThat(p.mail().subjectWithoutPrefix()).isEqualTo("net: core: add b()");
        assertThat(p.patchworkId()).isEqualTo(10L);
    }

    @Test
    void patchesMustBeNumberedOneToN() {
        Address a = new Address("", "a@b");
        List<ReportedPatch> gap = List.of(ReportedPatch.of(patch(1, 3), null, null), ReportedPatch.of(patch(3, 3), null, null));

        assertThatThrownBy(() -> new ReportedSeries("s", "t", 2, a, null, gap, SeriesLinks.none()))
                .hasMessageContaining("patch 2 is numbered 3");
        assertThatThrownBy(() -> new ReportedSeries("s", "t", 2, a, null, List.of(), SeriesLinks.none()))
                .hasMessageContaining("no patches");
    }

    @Test
    void theThreadRootIsTheCoverElseTheFirstPatch() {
        ReportedSeries withCover = SampleRuns.finished().series();
        ReportedSeries without = new ReportedSeries(withCover.id(), withCover.title(), 2, withCover.author(), null,
                withCover.patches(), withCover.links());

        assertThat(withCover.threadRoot()).isEqualTo(withCover.cover());
        assertThat(without.threadRoot()).isEqualTo(withCover.patches().get(0).mail());
    }

    @Test
    void aSubjectThatIsOnlyAPrefixKeepsItself() {
        assertThat(new ReportedMessage("[PATCH]", "x", List.of()).subjectWithoutPrefix()).isEqualTo("[PATCH]");
        assertThat(new ReportedMessage("[RFC][PATCH 1/2] a: b", "x", List.of()).subjectWithoutPrefix()).isEqualTo("a: b");
    }
}
