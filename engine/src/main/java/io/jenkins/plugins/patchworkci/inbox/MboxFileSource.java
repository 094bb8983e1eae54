package io.jenkins.plugins.patchworkci.inbox;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
 * warning: its messages come again, with new keys.
 */
public final class MboxFileSource implements Source<MboxFileCursor> {

    private static final System.Logger LOG = System.getLogger(MboxFileSource.class.getName());
    private static final int TAIL = 4096;

    private final Path file;

    public MboxFileSource(@NonNull Path file) {
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
        byte[] all = read();
        return cursorAt(all, all.length);
    }

    @Override
    public Poll<MboxFileCursor> poll(MboxFileCursor cursor) throws IOException {
        byte[] all = read();
        long from = cursor.offset();
        if (from > all.length || !cursorAt(all, (int) from).tail().equals(cursor.tail())) {
            LOG.log(System.Logger.Level.WARNING, "{0} was rewritten or truncated (not appended to); reading it"
                    + " again from the start", describe());
            from = 0;
        }
        int end = all.length;
        while (end > from && all[end - 1] != '\n') {
            end--; // a line still being written
        }
        if (end <= from) {
            return new Poll<>(List.of(), cursorAt(all, (int) from));
        }
        byte[] fresh = Arrays.copyOfRange(all, (int) from, end);
        Arrival a = new Arrival(file.getFileName() + "@" + from, MailFormat.MBOXO, fresh,
                Map.of("local.path", file.toString(), "local.offset", Long.toString(from)), true);
        return new Poll<>(List.of(a), cursorAt(all, end));
    }

    private static MboxFileCursor cursorAt(byte[] all, int offset) {
        return new MboxFileCursor(offset, offset == 0 ? "" : FileFingerprint.of(all, Math.max(0, offset - TAIL), offset));
    }

    private byte[] read() throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new NoSuchFileException(file.toString(), null, "the mbox file does not exist");
            }
            throw new IOException(describe() + " is not a regular file (symbolic links are not followed)");
        }
        if (Files.size(file) > Integer.MAX_VALUE - 16) {
            throw new IOException(describe() + " is larger than 2 GiB; split it or use a maildir");
        }
        return Files.readAllBytes(file);
    }
}
