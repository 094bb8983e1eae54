package io.jenkins.plugins.patchworkci.jenkins;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.security.ACL;
import io.jenkins.plugins.patchworkci.report.SmtpMailSender;
import io.jenkins.plugins.patchworkci.step.NotifyMail;
import java.io.IOException;
import java.util.List;
import jenkins.model.Jenkins;

/**
 * The engine's {@link NotifyMail} over the SMTP server set on the global page (used when the Mailer
 * plugin has none): host, port (0: the protection's usual one), protection, the login from a
 * username/password credential at the Jenkins root (looked up as SYSTEM: administrators configure it,
 * not the job), and the sender.
 */
final class NotifySmtp {

    private NotifySmtp() {}

    @NonNull
    static NotifyMail open(@NonNull PatchworkGlobalConfiguration config) throws IOException {
        return open(config.getSmtpHost(), config.getSmtpPort(), config.getSmtpSecurity(), config.getSmtpCredentialsId(),
                config.getMailFrom());
    }

    /** The same from values not saved yet (the global page's test button). */
    @NonNull
    static NotifyMail open(@CheckForNull String host, @CheckForNull String smtpPort, @CheckForNull String smtpSecurity,
            @CheckForNull String credentialsId, @CheckForNull String mailFrom) throws IOException {
        if (host == null || host.isBlank()) {
            throw new IOException("No SMTP server: set one under Manage Jenkins » System, in E-mail Notification"
                    + " (Mailer) or in Patchwork » Mail");
        }
        host = host.strip();
        if (mailFrom == null || mailFrom.isBlank()) {
            throw new IOException("Patchwork » Mail: a sender address is required with SMTP server " + host);
        }
        String user = null;
        String password = null;
        String id = credentialsId == null || credentialsId.isBlank() ? null : credentialsId.strip();
        if (id != null) {
            StandardUsernamePasswordCredentials c = CredentialsMatchers.firstOrNull(
                    CredentialsProvider.lookupCredentialsInItemGroup(StandardUsernamePasswordCredentials.class,
                            Jenkins.get(), ACL.SYSTEM2, List.of()),
                    CredentialsMatchers.withId(id));
            if (c == null) {
                throw new IOException("Patchwork » Mail: no username/password credential with id '" + id + "'");
            }
            user = c.getUsername();
            password = c.getPassword().getPlainText();
        }
        try {
            SmtpMailSender.Security security = NotifyMail.security(smtpSecurity);
            int port = NotifyMail.port(smtpPort, security);
            return new NotifyMail(new SmtpMailSender(new SmtpMailSender.Settings(host, port, security, user, password,
                    null)), mailFrom.strip());
        } catch (IllegalArgumentException e) {
            throw new IOException("Patchwork » Mail: " + e.getMessage(), e);
        }
    }
}
