package io.jenkins.plugins.patchworkci.inbox;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A local mbox file that mail is appended to, as a {@link Source}. Each poll delivers the bytes appended
 * since the cursor as one {@link Arrival} in mboxo form ({@code mail}'s reader splits it into messages),
 * up to the last complete line, so a message being written at that moment is delivered whole next time
 * (mbox writers append whole messages; a half-written last line is left for the next poll). A file that
 * was rewritten or truncated (its bytes before the cursor changed) is read again from the start, with a
 * warning: its messages come again, with new keys. A poll reads only the bytes after the cursor, plus
 * the 4 KiB before it for the check.
 */
public final class MboxFileSource implements Source<MboxFileCursor> {

    private static final System.Logger LOG = System.getLogger(MboxFileSource.class.getName());
    private static final int TAIL = 4096;

    private final Path file;

    public MboxFileSource(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    @Override
    public String describe() {
        return "mbox " + file;
    }

    @Override
    public Class<MboxFileCursor> cursorType() {
        return MboxFileCursor.class;
    }

    /** Starts at the file's current end: what is there already is not new. */
    @Override
    public MboxFileCursor initialCursor() throws IOException {
        long size = size();
        return new MboxFileCursor(size, tail(size));
    }

    /** Reads only the bytes after the cursor (and the 4 KiB before it, to check the file was appended to). */
    @Override
    public Poll<MboxFileCursor> poll(MboxFileCursor cursor) throws IOException {
        long size = size();
        long from = cursor.offset();
        if (from > size || !tail(from).equals(cursor.tail())) {
            LOG.log(System.Logger.Level.WARNING, "{0} was rewritten or truncated (not appended to); reading it"
                    + " again from the start", describe());
            from = 0;
        }
        if (size - from > Integer.MAX_VALUE - 16) {
            throw new IOException(describe() + " grew by more than 2 GiB since the last poll");
        }
        byte[] fresh = range(from, size);
        int end = fresh.length;
        while (end > 0 && fresh[end - 1] != '\n') {
            end--; // a line still being written
        }
        if (end == 0) {
            return new Poll<>(List.of(), new MboxFileCursor(from, tail(from)));
        }
        Arrival a = new Arrival(file.getFileName() + "@" + from, MailFormat.MBOXO, Arrays.copyOf(fresh, end),
                Map.of("local.path", file.toString(), "local.offset", Long.toString(from)), true);
        return new Poll<>(List.of(a), new MboxFileCursor(from + end, tail(from + end)));
    }

    private String tail(long offset) throws IOException {
        if (offset == 0) {
            return "";
        }
        byte[] before = range(Math.max(0, offset - TAIL), offset);
        return FileFingerprint.of(before);
    }

    private long size() throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new NoSuchFileException(file.toString(), null, "the mbox file does not exist");
            }
            throw new IOException(describe() + " is not a regular file (symbolic links are not followed)");
        }
        return Files.size(file);
    }

    private byte[] range(long from, long to) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) (to - from));
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            while (buf.hasRemaining()) {
                if (ch.read(buf, from + buf.position()) < 0) {
                    break; // truncated while reading: what was read stands, the next poll notices
                }
            }
        }
        return Arrays.copyOf(buf.array(), buf.position());
    }
}
