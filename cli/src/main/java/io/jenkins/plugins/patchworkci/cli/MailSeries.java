package io.jenkins.plugins.patchworkci.cli;

import io.jenkins.plugins.patchworkci.inbox.Arrival;
import io.jenkins.plugins.patchworkci.inbox.DirectorySource;
import io.jenkins.plugins.patchworkci.inbox.FileSetCursor;
import io.jenkins.plugins.patchworkci.inbox.MboxFileCursor;
import io.jenkins.plugins.patchworkci.inbox.MboxFileSource;
import io.jenkins.plugins.patchworkci.mail.Address;
import io.jenkins.plugins.patchworkci.mail.MailError;
import io.jenkins.plugins.patchworkci.mail.Message;
import io.jenkins.plugins.patchworkci.intake.SeriesReader;
import io.jenkins.plugins.patchworkci.series.Series;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mail gathered from one or more reads and assembled into series: the messages that parsed, who
 * each was sent to, and every message that did not parse (named, with the reason). Nothing read is
 * dropped silently.
 */
final class MailSeries {

    private final SeriesReader reader = SeriesReader.withDefaults();
    private final List<Message> messages = new ArrayList<>();
    private final Map<String, List<Address>> recipients = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    /** Adds the messages of one mailbox held in memory. */
    MailSeries add(byte[] mail, String name) throws IOException {
        SeriesReader.Read read = reader.read(mail, name);
        messages.addAll(read.messages());
        read.recipients().forEach(recipients::putIfAbsent);
        for (MailError e : read.errors()) {
            problems.add(e.toString());
        }
        return this;
    }

    /**
     * Adds every message of a local mbox, maildir or folder of patches, from its start.
     *
     * @throws IOException when it cannot be read, or holds no mail at all ("no mail in FILE")
     */
    MailSeries addLocal(SourceKind kind, Path path) throws IOException, InterruptedException {
        List<Arrival> arrivals = switch (kind) {
            case mbox -> new MboxFileSource(path).poll(new MboxFileCursor(0, "")).arrivals();
            case maildir -> new DirectorySource(path, DirectorySource.Layout.MAILDIR)
                    .poll(new FileSetCursor(Map.of())).arrivals();
            case patches -> new DirectorySource(path, DirectorySource.Layout.PATCHES)
                    .poll(new FileSetCursor(Map.of())).arrivals();
            default -> throw new IllegalArgumentException(kind + " is not local");
        };
        int before = messages.size() + problems.size();
        for (Arrival a : arrivals) {
            add(a.mail(), path + " " + a.key());
        }
        if (messages.size() + problems.size() == before) {
            throw new IOException("no mail in " + path);
        }
        return this;
    }

    /** The series the messages make, in the assembler's order. */
    List<Series> series() {
        return SeriesReader.assemble(messages).series();
    }

    Map<String, List<Address>> recipients() {
        return Map.copyOf(recipients);
    }

    /** Messages that could not be read, each naming the message and the reason. */
    List<String> problems() {
        return List.copyOf(problems);
    }
}
