package io.jenkins.plugins.patchworkci.report;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Shadow mode's mail: each report is written as {@code <name>.eml} in a directory instead of being
 * sent, byte for byte what SMTP would carry, so it can be opened in a mail reader or sent later
 * with {@code sendmail -t < file.eml}.
 */
public final class ShadowMailSender implements MailSender {

    private final Path directory;

    public ShadowMailSender(Path directory) {
        this.directory = directory;
    }

    @Override
    public void send(MimeMessage message, String name) throws IOException, MessagingException {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("not a file-safe name: " + name);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        AtomicFile.write(directory.resolve(name + ".eml"), bytes.toByteArray());
    }

    /** Where a report of this name is written. */
    public Path file(String name) {
        return directory.resolve(name + ".eml");
    }
}
