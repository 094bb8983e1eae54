package io.jenkins.plugins.patchworkci.run;

import io.jenkins.plugins.patchworkci.mail.MailError;
import io.jenkins.plugins.patchworkci.mail.MailParser;
import io.jenkins.plugins.patchworkci.mail.Mailbox;
import io.jenkins.plugins.patchworkci.mail.MailboxEntry;
import io.jenkins.plugins.patchworkci.mail.Message;
import io.jenkins.plugins.patchworkci.series.Assembly;
import io.jenkins.plugins.patchworkci.series.SeriesAssembler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Mail in, series out: reads a mailbox (mbox, mboxrd, maildir, gzip) with the mail parser and
 * assembles the messages into series. A message that cannot be parsed is kept as an error naming
 * it; the rest are still read.
 */
public final class SeriesReader {

    private final MailParser parser;

    public SeriesReader(MailParser parser) {
        this.parser = parser;
    }

    public static SeriesReader withDefaults() {
        return new SeriesReader(MailParser.withDefaults());
    }

    /**
     * What one read found.
     *
     * @param messages the messages that parsed, in mailbox order
     * @param errors the messages that did not, each with its position and reason
     */
    public record Read(List<Message> messages, List<MailError> errors) {
        public Read {
            messages = List.copyOf(messages);
            errors = List.copyOf(errors);
        }
    }

    public Read read(Path mailbox) throws IOException {
        try (Mailbox box = Mailbox.open(mailbox, parser)) {
            return collect(box);
        }
    }

    public Read read(byte[] mail, String name) throws IOException {
        try (Mailbox box = Mailbox.read(new ByteArrayInputStream(mail), name, parser)) {
            return collect(box);
        }
    }

    private static Read collect(Mailbox box) throws IOException {
        List<Message> messages = new ArrayList<>();
        List<MailError> errors = new ArrayList<>();
        MailboxEntry e;
        while ((e = box.next()) != null) {
            if (e instanceof MailboxEntry.Parsed p) {
                messages.add(p.message());
            } else {
                errors.add((MailError) e);
            }
        }
        return new Read(messages, errors);
    }

    /** Groups messages into series with the mail package's parsers. */
    public static Assembly assemble(Collection<Message> messages) {
        return new SeriesAssembler(MailParsers.INSTANCE).assemble(messages);
    }
}
