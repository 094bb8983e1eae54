/*
 * Signature of jenkins.plugins.mailer.tasks.MimeMessageBuilder from org.jenkins-ci.plugins:mailer:534.v1b_36f5864073
 * (jenkinsci/mailer-plugin, tag 534.v1b_36f5864073, the version bom-2.568.x pins),
 * src/main/java/jenkins/plugins/mailer/tasks/MimeMessageBuilder.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the constructor, setSubject, setBody, setListener, addRecipients(String) and buildMimeMessage.
 * Left out: the other setters, addRecipients with a recipient type, the recipient filter.
 */
package jenkins.plugins.mailer.tasks;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.TaskListener;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;

public class MimeMessageBuilder {

    public MimeMessageBuilder() {
        throw new UnsupportedOperationException("signature only");
    }

    public MimeMessageBuilder setListener(TaskListener listener) {
        throw new UnsupportedOperationException("signature only");
    }

    public MimeMessageBuilder setSubject(@NonNull String subject) {
        throw new UnsupportedOperationException("signature only");
    }

    public MimeMessageBuilder setBody(@NonNull String body) {
        throw new UnsupportedOperationException("signature only");
    }

    public MimeMessageBuilder addRecipients(@NonNull String recipients) throws UnsupportedEncodingException {
        throw new UnsupportedOperationException("signature only");
    }

    public MimeMessage buildMimeMessage() throws MessagingException, UnsupportedEncodingException {
        throw new UnsupportedOperationException("signature only");
    }
}
