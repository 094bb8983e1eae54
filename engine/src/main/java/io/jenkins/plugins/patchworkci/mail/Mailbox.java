package io.jenkins.plugins.patchworkci.mail;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a mailbox message by message: an mbox file (mboxo or mboxrd, as {@link SplitOptions}
 * says), a gzip-compressed mbox (detected by its magic bytes, as public-inbox serves
 * {@code t.mbox.gz}), a maildir folder, or a single raw message ({@code .eml}, {@code .patch}).
 * Only one message is in memory at a time. Each message yields a {@link MailboxEntry}: parsed, or
 * an error naming it; nothing stops the rest of the mailbox except an I/O error.
 */
public final class Mailbox implements Closeable {

    private final MailParser parser;
    private final String name;
    private final @Nullable MboxSplitter splitter;
    private final @Nullable InputStream stream;
    private final @Nullable Path maildir;
    private final @Nullable List<String> maildirFiles;
    private int maildirNext;

    private Mailbox(MailParser parser, String name, @Nullable InputStream stream, @Nullable Path maildir,
            @Nullable List<String> maildirFiles) {
        this.parser = parser;
        this.name = name;
        this.stream = stream;
        this.splitter = stream == null ? null : new MboxSplitter(stream, name, parser.splitOptions(), parser.limits());
        this.maildir = maildir;
        this.maildirFiles = maildirFiles;
    }

    /** Opens a file (mbox, gzip mbox, single message) or a maildir folder. */
    public static Mailbox open(Path path, MailParser parser) throws IOException {
        if (Files.isDirectory(path)) {
            return new Mailbox(parser, path.toString(), null, path, MaildirReader.list(path));
        }
        return read(Files.newInputStream(path), path.toString(), parser);
    }

    /** Reads an mbox (or gzip mbox, or single message) from a stream; closing the mailbox closes it. */
    public static Mailbox read(InputStream in, String name, MailParser parser) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
        b.mark(2);
        int m1 = b.read();
        int m2 = b.read();
        b.reset();
        InputStream body = m1 == 0x1f && m2 == 0x8b ? new BufferedInputStream(new GZIPInputStream(b, 1 << 16), 1 << 16) : b;
        return new Mailbox(parser, name, body, null, null);
    }

    /**
     * The next raw message, as {@code git mailsplit} would write it, or null at the end.
     *
     * @throws MailException if the mbox does not start with a From line and bare messages are off
     */
    @Nullable
    public RawMessage nextRaw() throws IOException, MailException {
        if (splitter != null) {
            return splitter.next();
        }
        if (maildirFiles == null || maildir == null || maildirNext >= maildirFiles.size()) {
            return null;
        }
        String f = maildirFiles.get(maildirNext++);
        return MaildirReader.read(maildir.resolve(f), maildirNext, parser.splitOptions(), parser.limits());
    }

    /** The next message, parsed or an error naming it; null at the end of the mailbox. */
    @Nullable
    public MailboxEntry next() throws IOException {
        RawMessage raw;
        try {
            raw = nextRaw();
        } catch (MailException e) {
            return new MailError(1, 0, name, Optional.empty(), e.getMessage());
        }
        if (raw == null) {
            return null;
        }
        try {
            return new MailboxEntry.Parsed(raw.position(), raw.offset(), parser.parse(raw));
        } catch (MailException e) {
            return new MailError(raw.position(), raw.offset(), raw.source(), messageIdOf(raw.bytes()), e.getMessage());
        }
    }

    /** All entries, lazily; an I/O error surfaces as an {@link UncheckedIOException}. */
    public Stream<MailboxEntry> entries() {
        Iterator<MailboxEntry> it = new Iterator<>() {
            private @Nullable MailboxEntry pending;
            private boolean end;

            @Override
            public boolean hasNext() {
                if (pending == null && !end) {
                    try {
                        pending = Mailbox.this.next();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    end = pending == null;
                }
                return pending != null;
            }

            @Override
            public MailboxEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                MailboxEntry e = pending;
                pending = null;
                return e;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** A best-effort Message-ID for naming a message that failed to parse: a plain header scan. */
    static Optional<String> messageIdOf(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int nl = i;
            while (nl < bytes.length && bytes[nl] != '\n') {
                nl++;
            }
            if (nl == i || (nl == i + 1 && bytes[i] == '\r')) {
                break; // end of the header
            }
            if (nl - i > 11 && new String(bytes, i, 11, StandardCharsets.ISO_8859_1).equalsIgnoreCase("message-id:")) {
                return MailParser.firstId(new String(bytes, i + 11, Math.min(nl - i - 11, 998), StandardCharsets.ISO_8859_1));
            }
            i = nl + 1;
        }
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
        }
    }
}
