package io.jenkins.plugins.patchworkci.mail;

/**
 * The line tests git mailinfo applies to the body: where the commit message ends and the patch
 * begins, scissors lines, and the {@code From <sha1> Mon Sep 17 00:00:00 2001} line that
 * format-patch writes.
 */
final class BodyLines {

    private static final String SAMPLE = "From e6807f3efca28b30decfecb1732a56c7db1137ee Mon Sep 17 00:00:00 2001\n";

    private BodyLines() {}

    /** The commit message ends here: {@code diff -}, {@code Index: }, {@code --- file} or a {@code ---} line. */
    static boolean isPatchBreak(ByteLine line) {
        if (line.startsWith("diff -") || line.startsWith("Index: ")) {
            return true;
        }
        if (line.length() < 4) {
            return false;
        }
        if (line.startsWith("---")) {
            if (line.at(3) == ' ' && !GitCtype.isSpace(line.at(4))) {
                return true;
            }
            for (int i = 3; i < line.length(); i++) {
                int c = line.at(i);
                if (c == '\n') {
                    return true;
                }
                if (!GitCtype.isSpace(c)) {
                    break;
                }
            }
        }
        return false;
    }

    /**
     * A "cut here" line ({@code -- >8 --}): at least 8 visible bytes, scissors present, the
     * perforation (dashes, scissors and the gaps between them) more than a third of the line, and
     * dashes and scissors more than half of the perforation.
     */
    static boolean isScissorsLine(ByteLine line) {
        int end = line.cLength();
        int scissors = 0;
        int gap = 0;
        int first = -1;
        int last = -1;
        int perforation = 0;
        boolean inPerforation = false;
        for (int c = 0; c < end; c++) {
            int ch = line.at(c);
            if (GitCtype.isSpace(ch)) {
                if (inPerforation) {
                    perforation++;
                    gap++;
                }
                continue;
            }
            last = c;
            if (first < 0) {
                first = c;
            }
            if (ch == '-') {
                inPerforation = true;
                perforation++;
                continue;
            }
            int next = c + 1 < end ? line.at(c + 1) : 0;
            if ((ch == '>' && (next == '8' || next == '%')) || ((ch == '8' || ch == '%') && next == '<')) {
                inPerforation = true;
                perforation += 2;
                scissors += 2;
                c++;
                continue;
            }
            inPerforation = false;
        }
        int visible = first >= 0 ? last - first + 1 : 0;
        return scissors > 0 && 8 <= visible && visible < perforation * 3 && gap * 2 < perforation;
    }

    /** format-patch's {@code From <40 hex> Mon Sep 17 00:00:00 2001} line; {@code off} skips a leading {@code >}. */
    static boolean isFormatPatchSeparator(ByteLine line, int off) {
        int len = line.length() - off;
        if (len != SAMPLE.length() || !line.startsWithAt(off, "From ")) {
            return false;
        }
        int cp = off + 5;
        int hex = 0;
        while (hex < 40 + 1 && isLowerHex(line.at(cp + hex))) {
            hex++;
        }
        if (hex != 40) {
            return false;
        }
        return line.startsWithAt(off + 45, SAMPLE.substring(45));
    }

    private static boolean isLowerHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }
}
