package io.jenkins.plugins.patchworkci.intake;

import io.jenkins.plugins.patchworkci.apply.PatchToApply;
import io.jenkins.plugins.patchworkci.apply.SeriesInput;
import io.jenkins.plugins.patchworkci.mail.MailException;
import io.jenkins.plugins.patchworkci.mail.MailParser;
import io.jenkins.plugins.patchworkci.mail.Mailbox;
import io.jenkins.plugins.patchworkci.mail.Message;
import io.jenkins.plugins.patchworkci.mail.RawMessage;
import io.jenkins.plugins.patchworkci.mail.UnsentPatches;
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
            int before = out.size();
            try (Mailbox m = Mailbox.open(box, parser)) {
                RawMessage raw;
                while ((raw = nextRaw(m, box)) != null) {
                    try {
                        // git am needs no Message-ID (format-patch without --thread writes none); the parser
                        // does, so a derived one is added, and not passed on as a Link: target.
                        Message message = parser.parse(UnsentPatches.withMessageId(raw, RawHeaders.messageId(raw.bytes())));
                        String id = UnsentPatches.isDerived(message.messageId()) ? null : message.messageId();
                        out.add(new PatchToApply(message.info(), id));
                    } catch (MailException e) {
                        throw new IOException(raw.describe() + ": " + e.getMessage(), e);
                    }
                }
            }
            if (out.size() == before) {
                throw new IOException("no mail in " + box);
            }
        }
        return out;
    }
}
