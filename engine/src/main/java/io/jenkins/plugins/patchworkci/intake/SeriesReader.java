package io.jenkins.plugins.patchworkci.intake;

import io.jenkins.plugins.patchworkci.mail.Address;
import io.jenkins.plugins.patchworkci.mail.MailError;
import io.jenkins.plugins.patchworkci.mail.MailException;
import io.jenkins.plugins.patchworkci.mail.RawMessage;
import io.jenkins.plugins.patchworkci.mail.MailParser;
import io.jenkins.plugins.patchworkci.mail.Mailbox;
import io.jenkins.plugins.patchworkci.mail.Message;
import io.jenkins.plugins.patchworkci.mail.UnsentPatches;
import io.jenkins.plugins.patchworkci.series.Assembly;
import io.jenkins.plugins.patchworkci.series.SeriesAssembler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mail in, series out: reads a mailbox (mbox, mboxrd, maildir, gzip) with the mail parser and
 * assembles the messages into series. A message that cannot be parsed is kept as an error naming
 * it; the rest are still read. Patches that were never mailed ({@code git format-patch} output, no
 * Message-ID) are named and threaded by {@link UnsentPatches}.
 */
public final class SeriesReader {

    private final MailParser parser;
    /** Reads of one reader are one sequence (a folder's files in name order): unsent patches are threaded across them. */
    private final UnsentPatches unsent = new UnsentPatches();

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
     * @param recipients the To and Cc addresses of each message, by Message-ID
     * @param raw the raw bytes of each message, by Message-ID (to hold an incomplete series)
     */
    public record Read(List<Message> messages, List<MailError> errors, Map<String, List<Address>> recipients,
            Map<String, byte[]> raw) {
        public Read {
            messages = List.copyOf(messages);
            errors = List.copyOf(errors);
            recipients = Map.copyOf(recipients);
            raw = Map.copyOf(raw);
        }

        /** Who a message was sent to and copied, empty when unknown. */
        public List<Address> recipients(String messageId) {
            return recipients.getOrDefault(messageId, List.of());
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

    private Read collect(Mailbox box) throws IOException {
        List<Message> messages = new ArrayList<>();
        List<MailError> errors = new ArrayList<>();
        Map<String, List<Address>> recipients = new HashMap<>();
        Map<String, byte[]> rawById = new HashMap<>();
        for (;;) {
            RawMessage raw;
            try {
                raw = box.nextRaw();
            } catch (MailException e) {
                errors.add(new MailError(1, 0, box.toString(), Optional.empty(), e.getMessage()));
                break;
            }
            if (raw == null) {
                break;
            }
            Optional<String> id = RawHeaders.messageId(raw.bytes());
            try {
                RawMessage named = UnsentPatches.withMessageId(raw, id);
                UnsentPatches.Threaded t = unsent.next(parser.parse(named), named.bytes());
                Message m = t.message();
                messages.add(m);
                recipients.putIfAbsent(m.messageId(), RawHeaders.recipients(t.raw()));
                rawById.putIfAbsent(m.messageId(), t.raw());
            } catch (MailException e) {
                errors.add(new MailError(raw.position(), raw.offset(), raw.source(), id, e.getMessage()));
            }
        }
        return new Read(messages, errors, recipients, rawById);
    }

    /** Parses one raw message (as held on disk), with its recipients. */
    public Read readOne(byte[] raw) {
        try {
            byte[] bytes = UnsentPatches.withMessageId(raw, RawHeaders.messageId(raw));
            Message m = parser.parse(bytes);
            return new Read(List.of(m), List.of(), Map.of(m.messageId(), RawHeaders.recipients(bytes)), Map.of(m.messageId(), bytes));
        } catch (MailException e) {
            return new Read(List.of(), List.of(new MailError(1, 0, "held mail", RawHeaders.messageId(raw), e.getMessage())),
                    Map.of(), Map.of());
        }
    }

    /** Groups messages into series with the mail package's parsers. */
    public static Assembly assemble(Collection<Message> messages) {
        return new SeriesAssembler(MailParsers.INSTANCE).assemble(messages);
    }
}
