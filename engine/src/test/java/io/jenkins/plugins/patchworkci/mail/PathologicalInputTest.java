package io.jenkins.plugins.patchworkci.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile shapes that a naive port of git's code would take quadratic time or deep recursion
 * on: each must finish quickly (the timeouts are generous bounds, not speed goals) with a result
 * or a {@link MailException}.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class PathologicalInputTest {

    private static final String H = "From: A <a@example.org>\nMessage-ID: <p@x>\nDate: Mon, 1 Jan 2024 10:00:00 +0000\n";

    private static MailinfoResult mailinfo(String mail) throws MailException {
        return MailParser.withDefaults().mailinfo(mail.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void manyEncodedWordsInOneHeader() throws Exception {
        MailinfoResult r = mailinfo(H + "Subject: " + "=?UTF-8?q?a?= ".repeat(30_000) + "\n\nbody\n");
        assertThat(new String(r.subject(), StandardCharsets.UTF_8)).hasSize(30_000).matches("a+");
    }

    @Test
    void subjectOfColonsSpacesAndBrackets() throws Exception {
        assertThat(mailinfo(H + "Subject: " + ": ".repeat(200_000) + "x\n\n").subject()).isEqualTo("x".getBytes());
        assertThat(mailinfo(H + "Subject: " + "[] ".repeat(100_000) + "x\n\n").subject()).isEqualTo("x".getBytes());
        MailParser b = MailParser.withDefaults().withOptions(MailinfoOptions.defaults().withKeepNonPatchBrackets(true));
        assertThat(b.mailinfo((H + "Subject: " + "[a] ".repeat(100_000) + "x\n\n").getBytes(StandardCharsets.UTF_8)).subject())
                .hasSize(400_001);
        assertThat(SubjectPrefix.parse("[a]".repeat(150_000) + " x").words()).hasSize(150_000);
    }

    @Test
    void deeplyNestedCommentInFrom() throws Exception {
        MailinfoResult r = mailinfo("From: " + "(".repeat(200_000) + "x" + ")".repeat(200_000) + " <a@example.org>\n\n");
        assertThat(r.email()).isEqualTo("a@example.org".getBytes());
    }

    @Test
    void whitespaceRunsInHeaders() throws Exception {
        MailinfoResult r = mailinfo("From: A <a@example.org>\nDate: " + "a \t".repeat(150_000) + "\n\n");
        assertThat(new String(r.date(), StandardCharsets.US_ASCII)).hasSize(300_000 - 1);
    }

    @Test
    void oneLongLineSplitOverManyBase64Lines() throws Exception {
        byte[] line = "x".repeat(8_000_000).getBytes(StandardCharsets.US_ASCII);
        String b64 = Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(line);
        MailinfoResult r = mailinfo(H + "Subject: s\nContent-Transfer-Encoding: base64\n\n" + b64 + "\n");
        assertThat(r.message()).hasSize(8_000_000);
    }

    @Test
    void longFlowedParagraph() throws Exception {
        MailinfoResult r = mailinfo(H + "Subject: s\nContent-Type: text/plain; format=flowed\n\n" + "word \n".repeat(300_000) + "end\n");
        assertThat(r.message()).hasSize(5 * 300_000 + 4);
    }

    @Test
    void trailerBlockOfManyLines() {
        assertThat(TrailerParser.parse("t\n\n" + "Acked-by: x\n".repeat(200_000))).hasSize(200_000);
    }
}
