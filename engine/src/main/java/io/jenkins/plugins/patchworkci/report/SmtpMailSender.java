package io.jenkins.plugins.patchworkci.report;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Objects;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Sends report mail over SMTP with Jakarta Mail (Angus): implicit TLS (port 465), STARTTLS that
 * is required, not merely tried (port 587: a server that does not offer it is refused rather than
 * given the credentials in clear), or plain SMTP for a local relay. Server certificates are checked
 * against the JVM's trust store and the host name, unless {@code trustHost} names a host whose
 * certificate is trusted as is (a relay with a self-signed certificate).
 */
public final class SmtpMailSender implements MailSender {

    public enum Security {
        /** Plain SMTP: only for a relay on the same host or network. */
        NONE,
        /** SMTP, then STARTTLS, required. */
        STARTTLS,
        /** SMTP inside TLS from the first byte (SMTPS). */
        TLS
    }

    /**
     * @param host the SMTP server
     * @param port its port (587 for STARTTLS, 465 for TLS)
     * @param security how the connection is protected
     * @param username the login, or null to send without authentication
     * @param password the password (with a username)
     * @param trustHost a host whose certificate is trusted without a chain, or null
     */
    public record Settings(String host, int port, Security security, @Nullable String username,
            @Nullable String password, @Nullable String trustHost) {
        public Settings {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(security, "security");
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("not a port: " + port);
            }
            if (username != null && password == null) {
                throw new IllegalArgumentException("a username needs a password");
            }
        }

        @Override
        public String toString() {
            return "smtp " + security + " " + host + ":" + port + (username == null ? "" : " as " + username);
        }
    }

    private final Settings settings;
    private final Session session;

    public SmtpMailSender(Settings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings));
    }

    /** The session to compose messages in. */
    public Session session() {
        return session;
    }

    static Properties properties(Settings s) {
        String p = s.security() == Security.TLS ? "mail.smtps." : "mail.smtp.";
        Properties props = new Properties();
        props.setProperty("mail.transport.protocol", s.security() == Security.TLS ? "smtps" : "smtp");
        props.setProperty(p + "host", s.host());
        props.setProperty(p + "port", Integer.toString(s.port()));
        props.setProperty(p + "auth", Boolean.toString(s.username() != null));
        props.setProperty(p + "connectiontimeout", "20000");
        props.setProperty(p + "timeout", "60000");
        props.setProperty(p + "writetimeout", "60000");
        if (s.security() == Security.STARTTLS) {
            props.setProperty(p + "starttls.enable", "true");
            props.setProperty(p + "starttls.required", "true");
        }
        if (s.security() != Security.NONE) {
            // A host trusted as is has a certificate outside any chain, usually not issued for its name either.
            props.setProperty(p + "ssl.checkserveridentity", Boolean.toString(s.trustHost() == null));
            if (s.trustHost() != null) {
                props.setProperty(p + "ssl.trust", s.trustHost());
            }
        }
        return props;
    }

    @Override
    public void send(MimeMessage message, String name) throws MessagingException {
        String protocol = settings.security() == Security.TLS ? "smtps" : "smtp";
        try (Transport transport = session.getTransport(protocol)) {
            transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            throw new MessagingException("sending report " + name + " via " + settings + ": " + e.getMessage(), e);
        }
    }
}
