package io.jenkins.plugins.patchworkci.mail;

/**
 * Line reading over one message held in memory, with the semantics of git's strbuf_getline
 * family on a stdio stream, end-of-file indicator included: once a read has hit the end (a peek
 * at the end, or a last line without LF), the next read fails and leaves the line buffer as it
 * was. git mailinfo depends on that: a mail whose header runs to the end hands its last header
 * line to the body.
 */
final class MailInput {

    private final byte[] data;
    private final int end;
    private int pos;
    private final int maxLine;
    private boolean eof;

    MailInput(byte[] data, int maxLine) {
        this.data = data;
        this.end = data.length;
        this.maxLine = maxLine;
    }

    /** The next byte without consuming it, or -1 at the end (which sets the end-of-file indicator, as fgetc does). */
    int peek() {
        if (pos < end) {
            return data[pos] & 0xff;
        }
        eof = true;
        return -1;
    }

    void skip() {
        pos++;
    }

    /**
     * Reads the next line including its LF into {@code line} (strbuf_getwholeline).
     *
     * @return false at the end of input; {@code line} is emptied, unless the end-of-file
     *     indicator was already set, when it is left alone
     * @throws MailException if the line is longer than the limit
     */
    boolean wholeLine(ByteLine line) throws MailException {
        if (eof) {
            return false;
        }
        line.reset();
        if (pos >= end) {
            eof = true;
            return false;
        }
        int start = pos;
        int nl = pos;
        while (nl < end && data[nl] != '\n') {
            nl++;
        }
        int stop;
        if (nl < end) {
            stop = nl + 1;
        } else {
            stop = end;
            eof = true; // getdelim read up to the end of the stream
        }
        if (stop - start > maxLine) {
            throw new MailException("a line of " + (stop - start) + " bytes (the limit is " + maxLine + ")");
        }
        line.append(data, start, stop - start);
        pos = stop;
        return true;
    }

    /** Like {@link #wholeLine} without the trailing LF (strbuf_getline_lf). */
    boolean lineLf(ByteLine line) throws MailException {
        if (!wholeLine(line)) {
            return false;
        }
        if (line.at(line.length() - 1) == '\n') {
            line.setLength(line.length() - 1);
        }
        return true;
    }
}
