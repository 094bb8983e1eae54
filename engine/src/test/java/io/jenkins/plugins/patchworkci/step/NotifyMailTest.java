package io.jenkins.plugins.patchworkci.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.jenkins.plugins.patchworkci.report.Run;
import io.jenkins.plugins.patchworkci.report.SampleRuns;
import io.jenkins.plugins.patchworkci.report.SmtpMailSender;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code patchworkNotify} through the plugin's own SMTP settings, against a real SMTP server (GreenMail):
 * plain with a login and implicit TLS ("ssl"), the form words and the choice between the Mailer plugin
 * and the own settings.
 */
class NotifyMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.SMTP, ServerSetupTest.SMTPS}))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("ci@example.org", "ci", "s3cret"))
            .withPerMethodLifecycle(true);

    private static final String BUILD = "https://ci.example.org/job/netdevbpf/job/net-next-3f2a9c0b1d4e/7/";

    @Test
    void sendsTheSummaryWithALoginToEveryRecipientInTheSeriesThread() throws Exception {
        SmtpMailSender smtp = new SmtpMailSender(new SmtpMailSender.Settings("127.0.0.1", SMTP.getSmtp().getPort(),
                NotifyMail.security("none"), "ci", "s3cret", null));
        Run run = SampleRuns.finished();

        new NotifyMail(smtp, "patchwork-ci <ci@example.org>").send(run, "fail", BUILD,
                "bpf-ci@example.org, Ops <ops@example.org>", true);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo(NotifyText.subject(run, "fail"));
        assertThat(((String) mail.getContent()).replace("\r\n", "\n").strip()).isEqualTo(NotifyText.body(run, BUILD).strip());
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("ci@example.org");
        assertThat(mail.getRecipients(RecipientType.TO)).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly("bpf-ci@example.org", "ops@example.org");
        assertThat(mail.getHeader("In-Reply-To", null)).isEqualTo("<" + run.series().id() + ">");
    }

    @Test
    void sendsOverImplicitTls() throws Exception {
        SmtpMailSender smtps = new SmtpMailSender(new SmtpMailSender.Settings("127.0.0.1", SMTP.getSmtps().getPort(),
                NotifyMail.security("ssl"), "ci", "s3cret", "127.0.0.1"));

        new NotifyMail(smtps, "ci@example.org").send(SampleRuns.finished(), "success", null, "bpf-ci@example.org", false);

        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(SMTP.getReceivedMessages()[0].getHeader("In-Reply-To")).isNull();
    }

    @Test
    void aTestMailSaysOnlyThatTheSettingsWork() throws Exception {
        SmtpMailSender smtp = new SmtpMailSender(new SmtpMailSender.Settings("127.0.0.1", SMTP.getSmtp().getPort(),
                SmtpMailSender.Security.NONE, "ci", "s3cret", null));

        new NotifyMail(smtp, "ci@example.org").sendTest("admin@example.org");

        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("[patchwork-ci] test mail");
        assertThat(mail.getRecipients(RecipientType.TO)).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly("admin@example.org");
    }

    @Test
    void aWrongPasswordOrBadAddressIsAClearError() {
        SmtpMailSender wrong = new SmtpMailSender(new SmtpMailSender.Settings("127.0.0.1", SMTP.getSmtp().getPort(),
                SmtpMailSender.Security.NONE, "ci", "wrong", null));
        assertThatThrownBy(() -> new NotifyMail(wrong, "ci@example.org").send(SampleRuns.finished(), "fail", null,
                "bpf-ci@example.org", false)).isInstanceOf(MessagingException.class).hasMessageContaining("127.0.0.1");
        assertThatThrownBy(() -> new NotifyMail(wrong, "not an address")).hasMessageContaining("sender");
        assertThatThrownBy(() -> new NotifyMail(wrong, "ci@example.org").compose(SampleRuns.finished(), "fail", null,
                "a@b.c\r\nBcc: x@evil.example", false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("to:");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void formWordsAndTheChoiceOfSender() {
        assertThat(NotifyMail.security("none")).isEqualTo(SmtpMailSender.Security.NONE);
        assertThat(NotifyMail.security(" StartTLS ")).isEqualTo(SmtpMailSender.Security.STARTTLS);
        assertThat(NotifyMail.security(null)).isEqualTo(SmtpMailSender.Security.STARTTLS);
        assertThat(NotifyMail.security("ssl")).isEqualTo(SmtpMailSender.Security.TLS);
        assertThatThrownBy(() -> NotifyMail.security("smime")).hasMessageContaining("none|starttls|ssl");
        assertThat(NotifyMail.port("", SmtpMailSender.Security.TLS)).isEqualTo(465);
        assertThat(NotifyMail.port("0", SmtpMailSender.Security.STARTTLS)).isEqualTo(587);
        assertThat(NotifyMail.port(null, SmtpMailSender.Security.NONE)).isEqualTo(25);
        assertThat(NotifyMail.port(" 2525 ", SmtpMailSender.Security.NONE)).isEqualTo(2525);
        assertThatThrownBy(() -> NotifyMail.port("70000", SmtpMailSender.Security.NONE)).hasMessageContaining("70000");
        assertThatThrownBy(() -> NotifyMail.port("smtp", SmtpMailSender.Security.NONE)).hasMessageContaining("smtp");
        assertThat(NotifyMail.usesMailer("smtp.example.org", "mail.example.org")).as("Mailer configured wins").isTrue();
        assertThat(NotifyMail.usesMailer("", "mail.example.org")).isFalse();
        assertThat(NotifyMail.usesMailer(null, " ")).as("neither: Mailer's localhost default").isTrue();
    }
}
