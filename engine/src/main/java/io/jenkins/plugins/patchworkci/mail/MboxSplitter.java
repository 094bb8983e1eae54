package io.jenkins.plugins.patchworkci.mail;

import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Splits an mbox stream into messages the way {@code git mailsplit} does, one message in memory
 * at a time: a message starts at a {@code From } line that looks like an mbox separator (a time
 * and a year after it), CRLF line ends become LF unless kept, and in mboxrd mode one {@code >} is
 * removed from lines matching {@code ^>+From }. A message over the size or line limit is
 * returned with a problem and no bytes, and splitting goes on at the next separator.
 */
public final class MboxSplitter {

    private final LineSource lines;
    private final SplitOptions options;
    private final MailLimits limits;
    private final String source;
    private final ByteLine line = new ByteLine(256);
    /** The message being cut out; reused from message to message so it grows once. */
    private ByteLine out = new ByteLine(1 << 16);
    private boolean started;
    private boolean skipLeadingSpace = true;
    private boolean done;
    private int position;

    public MboxSplitter(InputStream in, String source, SplitOptions options, MailLimits limits) {
        this.lines = new LineSource(in, limits.maxLineBytes());
        this.options = options;
        this.limits = limits;
        this.source = source;
    }

    /** A maildir file is read from its first byte: mailsplit skips leading whitespace only in an mbox. */
    void keepLeadingSpace() {
        skipLeadingSpace = false;
    }

    /**
     * The next message, or null at the end of the mailbox.
     *
     * @throws MailException if the mailbox does not start with a {@code From } line and bare
     *     messages are not allowed ("corrupt mailbox", as git says)
     */
    @Nullable
    public RawMessage next() throws IOException, MailException {
        if (done) {
            return null;
        }
        if (!started) {
            started = true;
            for (;;) {
                int peek = lines.peek();
                if (peek < 0) {
                    done = true;
                    return null;
                }
                if (!skipLeadingSpace || !GitCtype.isSpace(peek)) {
                    break;
                }
                lines.skip();
            }
            long off = lines.offset();
            lines.wholeLine(line);
            return splitOne(off);
        }
        return splitOne(lines.offset() - line.length());
    }

    private RawMessage splitOne(long offset) throws IOException, MailException {
        boolean bare = !isFromLine(line);
        if (bare && !options.allowBare()) {
            done = true;
            throw new MailException("corrupt mailbox: " + source + " does not start with a From line");
        }
        position++;
        out.reset();
        String problem = null;
        boolean cut = lines.lastLineCut();
        for (;;) {
            if (cut && problem == null) {
                problem = "a line longer than " + limits.maxLineBytes() + " bytes";
            }
            if (problem == null) {
                if (!options.keepCr() && line.length() > 1 && line.at(line.length() - 1) == '\n'
                        && line.at(line.length() - 2) == '\r') {
                    line.setLength(line.length() - 2);
                    line.append('\n');
                }
                if (options.mboxrd() && isGtFrom(line)) {
                    line.remove(0, 1);
                }
                if ((long) out.length() + line.length() > limits.maxMessageBytes()) {
                    problem = "message larger than " + limits.maxMessageBytes() + " bytes";
                    out = new ByteLine(1 << 16); // let the oversized buffer go
                } else {
                    out.append(line);
                }
            }
            if (!lines.wholeLine(line)) {
                done = true;
                break;
            }
            cut = lines.lastLineCut();
            if (!bare && !cut && isFromLine(line)) {
                break;
            }
        }
        return new RawMessage(position, offset, source, problem == null ? out.toBytes() : new byte[0], problem);
    }

    /** mailsplit's is_from_line: {@code From } then, before the end, {@code hh:mm:ss} and a year after 1990. */
    static boolean isFromLine(ByteLine l) {
        int len = l.length();
        if (len < 20 || !l.startsWith("From ")) {
            return false;
        }
        int colon = len - 2;
        int start = 5;
        for (;;) {
            if (colon < start) {
                return false;
            }
            if (l.at(--colon) == ':') {
                break;
            }
        }
        if (colon < 4 || !GitCtype.isDigit(l.at(colon - 4)) || !GitCtype.isDigit(l.at(colon - 2))
                || !GitCtype.isDigit(l.at(colon - 1)) || !GitCtype.isDigit(l.at(colon + 1))
                || !GitCtype.isDigit(l.at(colon + 2))) {
            return false;
        }
        return strtol(l, colon + 3) > 90;
    }

    /** C strtol(s, NULL, 10) over a byte string: leading space, a sign, digits; saturates. */
    static long strtol(ByteLine l, int from) {
        int i = from;
        while (GitCtype.isCSpace(l.at(i))) {
            i++;
        }
        boolean neg = false;
        if (l.at(i) == '+' || l.at(i) == '-') {
            neg = l.at(i) == '-';
            i++;
        }
        long v = 0;
        while (GitCtype.isDigit(l.at(i))) {
            int d = l.at(i) - '0';
            if (v > (Long.MAX_VALUE - d) / 10) {
                return neg ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
            v = v * 10 + d;
            i++;
        }
        return neg ? -v : v;
    }

    /** mboxrd's quoted From: one or more {@code >} then {@code From }. */
    static boolean isGtFrom(ByteLine l) {
        if (l.length() < 6) {
            return false;
        }
        int ngt = 0;
        while (ngt < l.length() && l.at(ngt) == '>') {
            ngt++;
        }
        return ngt > 0 && l.startsWithAt(ngt, "From ");
    }
}
