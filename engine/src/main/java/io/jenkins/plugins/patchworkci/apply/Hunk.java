package io.jenkins.plugins.patchworkci.apply;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One hunk of a text diff: its header numbers and the lines it expects (preimage) and produces
 * (postimage), each line with its line end, as git's apply.c parses a fragment.
 */
final class Hunk {

    final int oldPos;
    final int oldLines;
    final int newPos;
    final int newLines;
    final String header;
    final List<byte[]> preimage = new ArrayList<>();
    final List<byte[]> postimage = new ArrayList<>();
    /** Context lines before the first change and after the last, as git counts them. */
    int leading;
    int trailing;

    private Hunk(int oldPos, int oldLines, int newPos, int newLines, String header) {
        this.oldPos = oldPos;
        this.oldLines = oldLines;
        this.newPos = newPos;
        this.newLines = newLines;
        this.header = header;
    }

    /**
     * Parses the hunk starting at {@code start} (an {@code @@} line) in {@code buf}, reading no
     * further than {@code end}.
     *
     * @return the hunk; {@link #endOffset} tells where it stopped
     */
    static Hunk parse(byte[] buf, int start, int end, String path) throws PatchRejected {
        int eol = lineEnd(buf, start, end);
        String line = new String(buf, start, eol - start, StandardCharsets.UTF_8).stripTrailing();
        int close = line.indexOf("@@", 2);
        if (!line.startsWith("@@ -") || close < 0) {
            throw PatchRejected.refused("corrupt patch: bad hunk header", new ApplyFailure.Where(path, line, 0, List.of(), List.of()));
        }
        String header = line.substring(0, close + 2);
        String[] ranges = line.substring(3, close).trim().split(" ");
        int[] old;
        int[] neu;
        try {
            old = range(ranges[0], '-');
            neu = range(ranges[1], '+');
        } catch (RuntimeException e) {
            throw PatchRejected.refused("corrupt patch: bad hunk header", new ApplyFailure.Where(path, header, 0, List.of(), List.of()));
        }
        Hunk h = new Hunk(old[0], old[1], neu[0], neu[1], header);
        int oldLeft = h.oldLines;
        int newLeft = h.newLines;
        int added = 0;
        int deleted = 0;
        int p = eol;
        char last = 0;
        while (p < end && (oldLeft > 0 || newLeft > 0 || (buf[p] == '\\'))) {
            int e = lineEnd(buf, p, end);
            byte first = buf[p];
            byte[] content = Arrays.copyOfRange(buf, p + 1, e);
            switch (first) {
                case '\n' -> { // an empty context line (a mailer ate its leading space), as git accepts
                    h.preimage.add(new byte[] {'\n'});
                    h.postimage.add(new byte[] {'\n'});
                    oldLeft--;
                    newLeft--;
                    if (deleted == 0 && added == 0) {
                        h.leading++;
                    }
                    h.trailing++;
                    last = ' ';
                }
                case ' ' -> {
                    h.preimage.add(content);
                    h.postimage.add(content);
                    oldLeft--;
                    newLeft--;
                    if (deleted == 0 && added == 0) {
                        h.leading++;
                    }
                    h.trailing++;
                    last = ' ';
                }
                case '-' -> {
                    h.preimage.add(content);
                    oldLeft--;
                    deleted++;
                    h.trailing = 0;
                    last = '-';
                }
                case '+' -> {
                    h.postimage.add(content);
                    newLeft--;
                    added++;
                    h.trailing = 0;
                    last = '+';
                }
                case '\\' -> {
                    // "\ No newline at end of file": the line before it has no line end.
                    if (last == ' ' || last == '-') {
                        chopNewline(h.preimage);
                    }
                    if (last == ' ' || last == '+') {
                        chopNewline(h.postimage);
                    }
                    last = 0;
                }
                default -> throw PatchRejected.refused("corrupt patch: unexpected line in hunk",
                        new ApplyFailure.Where(path, header, h.oldPos, List.of(), List.of()));
            }
            p = e;
            if (oldLeft < 0 || newLeft < 0) {
                throw PatchRejected.refused("corrupt patch: hunk longer than its header says",
                        new ApplyFailure.Where(path, header, h.oldPos, List.of(), List.of()));
            }
        }
        if (oldLeft > 0 || newLeft > 0) {
            throw PatchRejected.refused("corrupt patch: hunk shorter than its header says",
                    new ApplyFailure.Where(path, header, h.oldPos, List.of(), List.of()));
        }
        h.endOffset = p;
        return h;
    }

    int endOffset;

    private static void chopNewline(List<byte[]> lines) {
        if (lines.isEmpty()) {
            return;
        }
        byte[] l = lines.get(lines.size() - 1);
        if (l.length > 0 && l[l.length - 1] == '\n') {
            lines.set(lines.size() - 1, Arrays.copyOf(l, l.length - 1));
        }
    }

    private static int[] range(String s, char sign) {
        if (s.charAt(0) != sign) {
            throw new IllegalArgumentException(s);
        }
        int comma = s.indexOf(',');
        if (comma < 0) {
            return new int[] {Integer.parseInt(s.substring(1)), 1};
        }
        return new int[] {Integer.parseInt(s.substring(1, comma)), Integer.parseInt(s.substring(comma + 1))};
    }

    /** The offset just past the line end of the line starting at {@code p}. */
    static int lineEnd(byte[] buf, int p, int end) {
        while (p < end && buf[p] != '\n') {
            p++;
        }
        return p < end ? p + 1 : end;
    }
}
