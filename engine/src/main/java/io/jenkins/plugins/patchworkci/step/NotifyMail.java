package io.jenkins.plugins.patchworkci.step;

import io.jenkins.plugins.patchworkci.report.Run;
import io.jenkins.plugins.patchworkci.report.SmtpMailSender;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code patchworkNotify}'s mail when Jenkins' Mailer plugin has no SMTP server configured: the same
 * text ({@link NotifyText}) composed here and sent through the engine's {@link SmtpMailSender} with the
 * plugin's own settings (host, port, none/STARTTLS/SSL, login, sender). Which of the two sends is
 * {@link #usesMailer}'s decision.
 */
public final class NotifyMail {

    private final SmtpMailSender sender;
    private final InternetAddress from;

    /**
     * @param sender the SMTP connection
     * @param from the sender address ({@code patchwork-ci <ci@example.org>})
     * @throws IllegalArgumentException naming the address when it is not one
     */
    public NotifyMail(SmtpMailSender sender, String from) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.from = address(from, "sender");
    }

    /**
     * Whether the Mailer plugin sends: when it has an SMTP host, it is the site's mail setup and wins;
     * otherwise the plugin's own host, when set; with neither, the Mailer plugin again (its default is a
     * relay on localhost, as before the plugin had settings of its own).
     */
    public static boolean usesMailer(@Nullable String mailerHost, @Nullable String ownHost) {
        return present(mailerHost) || !present(ownHost);
    }

    /**
     * The connection protection a form value names: {@code none}, {@code starttls} or {@code ssl}
     * (SMTP inside TLS from the first byte, port 465); blank means STARTTLS, the safe default.
     */
    public static SmtpMailSender.Security security(@Nullable String word) {
        String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        return switch (w) {
            case "", "starttls" -> SmtpMailSender.Security.STARTTLS;
            case "ssl", "tls" -> SmtpMailSender.Security.TLS;
            case "none" -> SmtpMailSender.Security.NONE;
            default -> throw new IllegalArgumentException("not an SMTP protection (none|starttls|ssl): " + word);
        };
    }

    /** The usual port of a protection: 25, 587 or 465. */
    public static int defaultPort(SmtpMailSender.Security security) {
        return switch (security) {
            case NONE -> 25;
            case STARTTLS -> 587;
            case TLS -> 465;
        };
    }

    /**
     * The port a form value names: empty or {@code 0} for the protection's usual one.
     *
     * @throws IllegalArgumentException naming the value when it is not a port
     */
    public static int port(@Nullable String value, SmtpMailSender.Security security) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.equals("0")) {
            return defaultPort(security);
        }
        try {
            int port = Integer.parseInt(v);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("not an SMTP port (1-65535, or empty for the usual one): " + value);
    }

    /**
     * The mail, ready to send.
     *
     * @param to one or more addresses, comma-separated
     * @param inReplyTo thread it under the series' first message
     */
    public MimeMessage compose(Run run, String outcome, @Nullable String buildUrl,
            String to, boolean inReplyTo) throws MessagingException {
        InternetAddress[] recipients = recipients(to);
        MimeMessage mail = new MimeMessage(sender.session());
        mail.setFrom(from);
        mail.setRecipients(RecipientType.TO, recipients);
        mail.setSubject(NotifyText.subject(run, outcome), StandardCharsets.UTF_8.name());
        mail.setText(NotifyText.body(run, buildUrl), StandardCharsets.UTF_8.name());
        mail.setSentDate(new Date());
        mail.setHeader("Auto-Submitted", "auto-generated");
        if (inReplyTo) {
            String id = "<" + run.series().id() + ">";
            mail.setHeader("In-Reply-To", id);
            mail.setHeader("References", id);
        }
        return mail;
    }

    /** Composes and sends; a refused login or recipient is a {@link MessagingException} naming the server. */
    public void send(Run run, String outcome, @Nullable String buildUrl, String to,
            boolean inReplyTo) throws IOException, MessagingException {
        sender.send(compose(run, outcome, buildUrl, to, inReplyTo), "notify-" + run.series().version());
    }

    /**
     * A short mail that says only that these settings work, for the global page's <em>Send test mail</em>.
     *
     * @param to one or more addresses, comma-separated
     */
    public void sendTest(String to) throws IOException, MessagingException {
        MimeMessage mail = new MimeMessage(sender.session());
        mail.setFrom(from);
        mail.setRecipients(RecipientType.TO, recipients(to));
        mail.setSubject("[patchwork-ci] test mail", StandardCharsets.UTF_8.name());
        mail.setText("This mail was sent by Jenkins' patchwork-ci plugin to test its SMTP settings.\n"
                + "patchworkNotify will send its mail the same way.\n", StandardCharsets.UTF_8.name());
        mail.setSentDate(new Date());
        mail.setHeader("Auto-Submitted", "auto-generated");
        sender.send(mail, "test");
    }

    private static InternetAddress[] recipients(String to) {
        InternetAddress[] recipients;
        try {
            recipients = InternetAddress.parse(to, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("to: '" + NotifyText.oneLine(to) + "' is not a list of addresses: "
                    + e.getMessage(), e);
        }
        if (recipients.length == 0) {
            throw new IllegalArgumentException("to: no address given");
        }
        return recipients;
    }

    private static InternetAddress address(String value, String what) {
        try {
            return new InternetAddress(value == null ? "" : value.strip(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException(what + ": '" + value + "' is not a mail address: " + e.getMessage(), e);
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
