package io.jenkins.plugins.patchworkci.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.jenkins.plugins.patchworkci.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The mail reporter against a real SMTP server (GreenMail), plain with AUTH and implicit TLS. */
class MailReporterTest {

    private static final Address BOT = new Address("patchwork-ci", "bot@ci.example.org");
    private static final URI BASE = URI.create("https://ci.example.org/pwci/");
    private static final String LIST = "netdev@vger.kernel.org";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.SMTP, ServerSetupTest.SMTPS}))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("bot@ci.example.org", "bot", "s3cret"))
            .withPerMethodLifecycle(true);

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneOffset.UTC);

    private SmtpMailSender plain() {
        return new SmtpMailSender(new SmtpMailSender.Settings("127.0.0.1", SMTP.getSmtp().getPort(),
                SmtpMailSender.Security.NONE, "bot", "s3cret", null));
    }

    private MailReporter reporter(MailPolicy policy, SmtpMailSender sender) throws IOException {
        return new MailReporter(policy, sender, sender.session(), MailLedger.open(dir.resolve("mailed.json")), BASE,
                clock);
    }

    private static MailPolicy always(String... allow) {
        return new MailPolicy(MailPolicy.Mode.ALWAYS, true, LIST, List.of(), List.of(allow), BOT);
    }

    private static Run finished() {
        return SampleRuns.finished();
    }

    @Test
    void aReplyInTheThreadToAuthorAndListWithTheHintHeaders() throws Exception {
        MailReporter.Outcome outcome = reporter(always("jane@example.org"), plain()).report(finished());

        assertThat(outcome.sent()).as(outcome.detail()).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        // One delivery per envelope recipient: the author and the list.
        assertThat(received).hasSize(2);
        MimeMessage mail = received[0];
        ReportedSeries series = finished().series();
        assertThat(mail.getHeader("In-Reply-To", null)).isEqualTo("<" + series.cover().messageId() + ">");
        assertThat(mail.getHeader("References", null).replaceAll("\\s+", " "))
                .isEqualTo("<cover.1795000000.git.jane@example.org> <" + series.cover().messageId() + ">");
        assertThat(mail.getSubject()).isEqualTo("Re: " + series.cover().subject());
        assertThat(mail.getHeader("X-Patchwork-Hint", null)).isEqualTo("ignore");
        assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(mail.getRecipients(RecipientType.TO)).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly("jane@example.org");
        assertThat(mail.getRecipients(RecipientType.CC)).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly(LIST);
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("bot@ci.example.org");
        String body = (String) mail.getContent();
        assertThat(body).contains("Overall the result is FAIL", "https://ci.example.org/pwci/netdevbpf/6/1/",
                "selftests", "net: 1 test failed (fcnal-test.sh)");
        assertThat(body.lines()).noneMatch(TrailerGuard::looksLikeTrailer);
    }

    @Test
    void withoutACoverLetterTheReplyGoesToTheFirstPatch() throws Exception {
        Run run = finished();
        ReportedSeries s = run.series();
        Run coverless = withSeries(run, new ReportedSeries(s.id(), s.title(), s.version(), s.author(), null,
                s.patches(), s.links()));

        reporter(always("*"), plain()).report(coverless);

        MimeMessage mail = SMTP.getReceivedMessages()[0];
        String first = s.patches().get(0).mail().messageId();
        assertThat(mail.getHeader("In-Reply-To", null)).isEqualTo("<" + first + ">");
        assertThat(mail.getHeader("References", null).replaceAll("\\s+", " ")).endsWith(
                "<" + s.cover().messageId() + "> <" + first + ">");
        assertThat(mail.getSubject()).isEqualTo("Re: " + s.patches().get(0).mail().subject());
    }

    @Test
    void oneMailPerSeriesVersionEvenAfterARestart() throws Exception {
        assertThat(reporter(always("*"), plain()).report(finished()).sent()).isTrue();

        MailReporter.Outcome again = reporter(always("*"), plain()).report(finished());

        assertThat(again.sent()).isFalse();
        assertThat(again.detail()).contains("already mailed");
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
    }

    @Test
    void policyDecidesOffOnFailurePerCheckAndAllowlist() throws Exception {
        Run run = finished(); // selftests fail, checkpatch warning
        assertThat(reporter(MailPolicy.off(BOT), plain()).report(run).detail()).isEqualTo("mail is off");
        assertThat(reporter(always("someone@else.org"), plain()).report(run).detail())
                .isEqualTo("submitter jane@example.org is not on the mail allowlist");
        assertThat(reporter(always(), plain()).report(run).detail()).contains("not on the mail allowlist");
        MailPolicy buildOnly = new MailPolicy(MailPolicy.Mode.ON_FAILURE, true, null, List.of("build_clang"),
                List.of("@example.org"), BOT);
        assertThat(reporter(buildOnly, plain()).report(run).detail()).isEqualTo("no counted check failed");
        assertThat(SMTP.getReceivedMessages()).isEmpty();

        MailPolicy selftests = new MailPolicy(MailPolicy.Mode.ON_FAILURE, true, null, List.of("selftests"),
                List.of("@example.org"), BOT);
        MailReporter.Outcome sent = reporter(selftests, plain()).report(run);

        assertThat(sent.detail()).startsWith("selftests failed");
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(SMTP.getReceivedMessages()[0].getRecipients(RecipientType.CC)).isNull();
    }

    @Test
    void anApplyFailureCountsAsAFailureAndIsDescribed() throws Exception {
        MailPolicy onFailure = new MailPolicy(MailPolicy.Mode.ON_FAILURE, true, null, List.of(), List.of("*"), BOT);

        reporter(onFailure, plain()).report(SampleRuns.applyFailed());

        String body = (String) SMTP.getReceivedMessages()[0].getContent();
        assertThat(body).contains("The series did not apply (tried git-am, 3way)", "net/core/dev.c",
                "  expected | -\treturn 0;", "  tree has |  int b(void)", "  tree has | \treturn 2;");
    }

    @Test
    void aHostileSubjectOrNameCannotAddAHeaderOrARecipient() throws Exception {
        Run run = finished();
        ReportedSeries s = run.series();
        String evilSubject = "[PATCH 0/1] x\r\nBcc: victim@evil.example\r\nX-Injected: yes";
        String encodedWord = "=?UTF-8?Q?=0D=0ABcc:_victim@evil.example?= tail";
        ReportedMessage cover = new ReportedMessage(evilSubject + " " + encodedWord, s.cover().messageId(),
                List.of("bad id with spaces", "ok@example.org", "<bracketed>", "x\r\nBcc: victim@evil.example"));
        Address author = new Address("Jane\r\nBcc: victim@evil.example", "jane@example.org");
        Run hostile = withSeries(run, new ReportedSeries(s.id(), s.title(), s.version(), author, cover, s.patches(),
                s.links()));

        reporter(always("*"), plain()).report(hostile);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2); // the author and the list, nobody else
        // GreenMail creates a mailbox for every envelope recipient it delivers to.
        assertThat(SMTP.getUserManager().getUserByEmail("victim@evil.example")).isNull();
        assertThat(SMTP.getUserManager().getUserByEmail("jane@example.org")).isNotNull();
        MimeMessage mail = received[0];
        assertThat(headerNames(mail)).doesNotContain("Bcc", "X-Injected");
        assertThat(mail.getSubject()).doesNotContain("\r", "\n")
                .isEqualTo("Re: [PATCH 0/1] x Bcc: victim@evil.example X-Injected: yes " + encodedWord);
        assertThat(mail.getHeader("References", null).replaceAll("\\s+", " "))
                .isEqualTo("<ok@example.org> <" + s.cover().messageId() + ">");
        assertThat(((InternetAddress) mail.getRecipients(RecipientType.TO)[0]).getPersonal())
                .isEqualTo("Jane Bcc: victim@evil.example");
    }

    @Test
    void sendsOverImplicitTlsWithCredentials() throws Exception {
        SmtpMailSender tls = new SmtpMailSender(new SmtpMailSender.Settings("127.0.0.1", SMTP.getSmtps().getPort(),
                SmtpMailSender.Security.TLS, "bot", "s3cret", "127.0.0.1"));

        assertThat(reporter(always("*"), tls).report(finished()).sent()).isTrue();
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
    }

    @Test
    void wrongCredentialsAreAClearErrorAndNothingIsRecorded() throws Exception {
        SmtpMailSender wrong = new SmtpMailSender(new SmtpMailSender.Settings("127.0.0.1", SMTP.getSmtp().getPort(),
                SmtpMailSender.Security.NONE, "bot", "wrong", null));

        assertThatThrownBy(() -> reporter(always("*"), wrong).report(finished())).isInstanceOf(IOException.class)
                .hasMessageContaining("netdevbpf-6-1").hasMessageContaining("as bot");
        assertThat(reporter(always("*"), plain()).report(finished()).sent()).isTrue();
    }

    @Test
    void requiredStartTlsIsNeverSkipped() throws Exception {
        // GreenMail's SMTP does not offer STARTTLS: the credentials must not go out in clear.
        SmtpMailSender startTls = new SmtpMailSender(new SmtpMailSender.Settings("127.0.0.1", SMTP.getSmtp().getPort(),
                SmtpMailSender.Security.STARTTLS, "bot", "s3cret", "127.0.0.1"));

        assertThatThrownBy(() -> reporter(always("*"), startTls).report(finished())).isInstanceOf(IOException.class)
                .hasMessageContaining("STARTTLS");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void anUnfinishedRunIsNotMailed() throws Exception {
        Run run = finished();
        Run running = run.withTimings(new Timings(run.timings().queued(), run.timings().started(), null, List.of()));

        assertThat(reporter(always("*"), plain()).report(running).sent()).isFalse();
    }

    static Run withSeries(Run run, ReportedSeries series) {
        return new Run(run.schemaVersion(), run.id(), run.path(), series, run.plan(), run.expectedChecks(), run.apply(),
                run.results(), run.seriesResults(), run.logs(), run.timings());
    }

    private static List<String> headerNames(MimeMessage mail) throws Exception {
        List<String> names = new ArrayList<>();
        for (Header h : Collections.list(mail.getAllHeaders())) {
            names.add(h.getName());
        }
        return names;
    }
}
