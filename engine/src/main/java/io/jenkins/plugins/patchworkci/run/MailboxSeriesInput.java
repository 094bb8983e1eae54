package io.jenkins.plugins.patchworkci.run;

import io.jenkins.plugins.patchworkci.apply.PatchToApply;
import io.jenkins.plugins.patchworkci.apply.SeriesInput;
import io.jenkins.plugins.patchworkci.mail.MailException;
import io.jenkins.plugins.patchworkci.mail.MailParser;
import io.jenkins.plugins.patchworkci.mail.Mailbox;
import io.jenkins.plugins.patchworkci.mail.Message;
import io.jenkins.plugins.patchworkci.mail.RawMessage;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pwci am}'s mail reader: every message of the mailboxes, in order, through the
 * git-mailinfo-exact parser, as {@code git am} reads them (a message without a diff is kept, so
 * the applier stops on it as git am does). Registered as a {@link java.util.ServiceLoader} service.
 */
public final class MailboxSeriesInput implements SeriesInput {

    private final MailParser parser;

    public MailboxSeriesInput() {
        this(MailParser.withDefaults());
    }

    MailboxSeriesInput(MailParser parser) {
        this.parser = parser;
    }

    private static RawMessage nextRaw(Mailbox m, Path box) throws IOException {
        try {
            return m.nextRaw();
        } catch (MailException e) {
            throw new IOException(box + ": " + e.getMessage(), e);
        }
    }

    private static byte[] withMessageId(byte[] raw, int position) {
        byte[] header = ("Message-ID: <pwci-am-" + position + "@localhost>\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[header.length + raw.length];
        System.arraycopy(header, 0, out, 0, header.length);
        System.arraycopy(raw, 0, out, header.length, raw.length);
        return out;
    }

    @Override
    public List<byte[]> messages(List<Path> mailboxes) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (Path box : mailboxes) {
            try (Mailbox m = Mailbox.open(box, parser)) {
                RawMessage raw;
                while ((raw = nextRaw(m, box)) != null) {
                    out.add(raw.bytes());
                }
            }
        }
        return out;
    }

    @Override
    public List<PatchToApply> read(List<Path> mailboxes) throws IOException {
        List<PatchToApply> out = new ArrayList<>();
        for (Path box : mailboxes) {
            try (Mailbox m = Mailbox.open(box, parser)) {
                RawMessage raw;
                while ((raw = nextRaw(m, box)) != null) {
                    // git am needs no Message-ID (format-patch without --thread writes none); the parser
                    // does, for series assembly, so a stand-in is added and not passed on.
                    boolean hasId = RawHeaders.messageId(raw.bytes()).isPresent();
                    byte[] bytes = hasId ? raw.bytes() : withMessageId(raw.bytes(), raw.position());
                    try {
                        Message message = parser.parse(bytes);
                        out.add(new PatchToApply(message.info(), hasId ? message.messageId() : null));
                    } catch (MailException e) {
                        throw new IOException("message " + raw.position() + " of " + box + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        return out;
    }
}
