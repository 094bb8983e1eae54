package io.jenkins.plugins.patchworkci.apply;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of one file while its hunks are applied, mirroring git's apply.c: a hunk must match
 * its context exactly (no fuzz, whitespace included), first at the line its header states and
 * then searching outward, one line after, one before, two after, and so on; hunks anchored at
 * the start or end of the file (no leading or trailing context) only match there; and lines an
 * earlier hunk produced are never matched again.
 */
final class TextImage {

    private final List<byte[]> lines;
    private final List<Boolean> patched;

    TextImage(byte[] content) {
        lines = new ArrayList<>();
        int p = 0;
        while (p < content.length) {
            int e = Hunk.lineEnd(content, p, content.length);
            lines.add(Arrays.copyOfRange(content, p, e));
            p = e;
        }
        patched = new ArrayList<>(java.util.Collections.nCopies(lines.size(), Boolean.FALSE));
    }

    /** Applies one hunk, or says where and why it does not apply. */
    void apply(Hunk h, String path) throws PatchRejected {
        int pos = h.newPos > 0 ? h.newPos - 1 : 0;
        boolean matchBeginning = h.oldPos == 0 || h.oldPos == 1;
        boolean matchEnd = h.trailing == 0;
        int at = findPos(h.preimage, pos, matchBeginning, matchEnd);
        if (at < 0) {
            int from = Math.min(pos, lines.size());
            int to = Math.min(lines.size(), from + Math.max(h.preimage.size(), 1));
            throw new PatchRejected("patch does not apply",
                    new ApplyFailure.Where(path, h.header, h.oldPos, text(h.preimage), text(lines.subList(from, to))));
        }
        // one shift of the lines below per hunk, not one per removed line: a large hunk in a large
        // file (libbpf's sync commits) made this quadratic
        lines.subList(at, at + h.preimage.size()).clear();
        patched.subList(at, at + h.preimage.size()).clear();
        lines.addAll(at, h.postimage);
        patched.addAll(at, java.util.Collections.nCopies(h.postimage.size(), Boolean.TRUE));
    }

    private int findPos(List<byte[]> pre, int line, boolean matchBeginning, boolean matchEnd) {
        int nr = lines.size();
        if (pre.size() > nr) {
            return -1;
        }
        if (matchBeginning) {
            line = 0;
        } else if (matchEnd) {
            line = nr - pre.size();
        }
        if (line > nr) {
            line = nr;
        }
        int backwards = line;
        int forwards = line;
        int current = line;
        for (int i = 0; ; i++) {
            if (matchesAt(pre, current, matchBeginning, matchEnd)) {
                return current;
            }
            while (true) {
                if (backwards == 0 && forwards == nr) {
                    return -1;
                }
                if ((i & 1) != 0) {
                    if (backwards == 0) {
                        i++;
                        continue;
                    }
                    current = --backwards;
                } else {
                    if (forwards == nr) {
                        i++;
                        continue;
                    }
                    current = ++forwards;
                }
                break;
            }
        }
    }

    private boolean matchesAt(List<byte[]> pre, int at, boolean matchBeginning, boolean matchEnd) {
        if (pre.size() + at > lines.size()) {
            return false;
        }
        if (matchEnd && pre.size() + at != lines.size()) {
            return false;
        }
        if (matchBeginning && at != 0) {
            return false;
        }
        for (int i = 0; i < pre.size(); i++) {
            if (patched.get(at + i) || !Arrays.equals(lines.get(at + i), pre.get(i))) {
                return false;
            }
        }
        return true;
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    byte[] content() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] l : lines) {
            out.writeBytes(l);
        }
        return out.toByteArray();
    }

    private static List<String> text(List<byte[]> ls) {
        List<String> out = new ArrayList<>(ls.size());
        for (byte[] l : ls) {
            int n = l.length;
            if (n > 0 && l[n - 1] == '\n') {
                n--;
            }
            out.add(new String(l, 0, n, StandardCharsets.UTF_8));
        }
        return out;
    }
}
