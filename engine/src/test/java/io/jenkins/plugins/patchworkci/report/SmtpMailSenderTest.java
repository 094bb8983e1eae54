package io.jenkins.plugins.patchworkci.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Session properties; sending itself is tested against GreenMail in {@link MailReporterTest}. */
class SmtpMailSenderTest {

    @Test
    void startTlsIsRequiredNotMerelyTried() {
        var props = SmtpMailSender.properties(new SmtpMailSender.Settings("smtp.example.org", 587,
                SmtpMailSender.Security.STARTTLS, "ci", "pw", null));

        assertThat(props.getProperty("mail.smtp.starttls.enable")).isEqualTo("true");
        assertThat(props.getProperty("mail.smtp.starttls.required")).isEqualTo("true");
        assertThat(props.getProperty("mail.smtp.ssl.checkserveridentity")).isEqualTo("true");
        assertThat(props.getProperty("mail.smtp.auth")).isEqualTo("true");
    }

    @Test
    void implicitTlsUsesSmtpsAndATrustedRelaySkipsTheNameCheckOnly() {
        var props = SmtpMailSender.properties(new SmtpMailSender.Settings("relay.local", 465,
                SmtpMailSender.Security.TLS, null, null, "relay.local"));

        assertThat(props.getProperty("mail.transport.protocol")).isEqualTo("smtps");
        assertThat(props.getProperty("mail.smtps.ssl.trust")).isEqualTo("relay.local");
        assertThat(props.getProperty("mail.smtps.ssl.checkserveridentity")).isEqualTo("false");
        assertThat(props.getProperty("mail.smtps.auth")).isEqualTo("false");
    }
}
