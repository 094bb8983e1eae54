package io.jenkins.plugins.patchworkci.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

/**
 * Reads an input stream line by line into a reused buffer, keeping at most {@code maxLine}
 * bytes of any line: a longer line is cut and flagged, never held whole. Checks for thread
 * interruption between buffer fills.
 */
final class LineSource {

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    private long offset;
    private final int maxLine;
    private boolean lastLineCut;

    LineSource(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("interrupted while reading a mailbox");
        }
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = n < 0;
            if (n == 0) {
                int b = in.read();
                if (b < 0) {
                    eof = true;
                    return false;
                }
                buf[0] = (byte) b;
                pos = 0;
                lim = 1;
                return true;
            }
            return false;
        }
        pos = 0;
        lim = n;
        return true;
    }

    /** The next byte without consuming it, or -1 at the end. */
    int peek() throws IOException {
        if (pos >= lim && !fill()) {
            return -1;
        }
        return buf[pos] & 0xff;
    }

    void skip() {
        pos++;
        offset++;
    }

    /** Byte offset of the next unread byte. */
    long offset() {
        return offset;
    }

    /** Whether the line last read was longer than the limit (and was cut). */
    boolean lastLineCut() {
        return lastLineCut;
    }

    /** Reads the next line with its LF; false at the end of input (line emptied). */
    boolean wholeLine(ByteLine line) throws IOException {
        line.reset();
        lastLineCut = false;
        boolean any = false;
        for (;;) {
            if (pos >= lim && !fill()) {
                return any;
            }
            any = true;
            int start = pos;
            int nl = -1;
            for (int i = pos; i < lim; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int stop = nl >= 0 ? nl + 1 : lim;
            int n = stop - start;
            int room = maxLine - line.length();
            if (n > room) {
                lastLineCut = true;
                if (room > 0) {
                    line.append(buf, start, room);
                }
            } else {
                line.append(buf, start, n);
            }
            pos = stop;
            offset += n;
            if (nl >= 0) {
                return true;
            }
        }
    }
}
