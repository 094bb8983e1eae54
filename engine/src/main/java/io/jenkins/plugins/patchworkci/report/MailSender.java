package io.jenkins.plugins.patchworkci.report;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;

/** The seam between the mail reporter and the world: {@link SmtpMailSender} sends, {@link ShadowMailSender} writes .eml files. */
public interface MailSender {

    /**
     * Sends (or, in shadow mode, writes down) a composed report.
     *
     * @param name a file-safe name for the message ({@code netdevbpf-6-v2}), used by shadow mode
     */
    void send(MimeMessage message, String name) throws IOException, MessagingException;
}
