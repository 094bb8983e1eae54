package io.jenkins.plugins.patchworkci.inbox;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an mboxrd stream (what public-inbox serves) into its messages, just enough for a cursor to read
 * each message's Message-ID and received time. In mboxrd every body line starting with {@code From }
 * is quoted, so every unquoted one is a separator, and unquoting is exact. The {@code mail} package owns
 * full mbox and maildir reading; this is not a general reader.
 */
final class MboxrdMessages {

    private MboxrdMessages() {
    }

    /** Each message with its {@code From } line, bytes as served (still quoted): a one-message mboxrd. */
    static List<byte[]> split(byte[] mbox) {
        List<byte[]> out = new ArrayList<>();
        ByteArrayOutputStream current = null;
        int i = 0;
        while (i < mbox.length) {
            int eol = i;
            while (eol < mbox.length && mbox[eol] != '\n') {
                eol++;
            }
            int next = Math.min(eol + 1, mbox.length);
            if (startsWithFrom(mbox, i)) {
                if (current != null) {
                    out.add(current.toByteArray());
                }
                current = new ByteArrayOutputStream();
            }
            if (current != null) { // bytes before the first From line are not a message
                current.write(mbox, i, next - i);
            }
            i = next;
        }
        if (current != null) {
            out.add(current.toByteArray());
        }
        return out;
    }

    /**
     * The message of a one-message mboxrd chunk: {@code From } line dropped, {@code >From } unquoted, and
     * the empty line that separates it from the next message (written after every message) dropped.
     */
    static byte[] unquote(byte[] chunk) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(chunk.length);
        int i = 0;
        boolean first = true;
        while (i < chunk.length) {
            int eol = i;
            while (eol < chunk.length && chunk[eol] != '\n') {
                eol++;
            }
            int next = Math.min(eol + 1, chunk.length);
            if (first && startsWithFrom(chunk, i)) {
                first = false;
                i = next;
                continue;
            }
            first = false;
            int start = i;
            int j = i;
            while (j < next && chunk[j] == '>') {
                j++;
            }
            if (j > i && startsWithFrom(chunk, j)) {
                start = i + 1;
            }
            out.write(chunk, start, next - start);
            i = next;
        }
        byte[] b = out.toByteArray();
        int n = b.length;
        if (n >= 2 && b[n - 1] == '\n' && b[n - 2] == '\n') {
            return java.util.Arrays.copyOf(b, n - 1);
        }
        if (n >= 4 && b[n - 1] == '\n' && b[n - 2] == '\r' && b[n - 3] == '\n' && b[n - 4] == '\r') {
            return java.util.Arrays.copyOf(b, n - 2);
        }
        return b;
    }

    private static boolean startsWithFrom(byte[] b, int i) {
        return i + 5 <= b.length && b[i] == 'F' && b[i + 1] == 'r' && b[i + 2] == 'o' && b[i + 3] == 'm'
                && b[i + 4] == ' ';
    }
}
