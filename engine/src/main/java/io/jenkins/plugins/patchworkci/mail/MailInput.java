package io.jenkins.plugins.patchworkci.mail;

/** Line reading over one message held in memory, with the semantics of git's strbuf_getline family. */
final class MailInput {

    private final byte[] data;
    private final int end;
    private int pos;
    private final int maxLine;

    MailInput(byte[] data, int maxLine) {
        this.data = data;
        this.end = data.length;
        this.maxLine = maxLine;
    }

    /** The next byte without consuming it, or -1 at the end. */
    int peek() {
        return pos < end ? data[pos] & 0xff : -1;
    }

    void skip() {
        pos++;
    }

    /**
     * Reads the next line including its LF into {@code line} (strbuf_getwholeline).
     *
     * @return false at the end of input, with {@code line} emptied
     * @throws MailException if the line is longer than the limit
     */
    boolean wholeLine(ByteLine line) throws MailException {
        line.reset();
        if (pos >= end) {
            return false;
        }
        int start = pos;
        int nl = pos;
        while (nl < end && data[nl] != '\n') {
            nl++;
        }
        int stop = nl < end ? nl + 1 : end;
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
