package io.jenkins.plugins.patchworkci.apply;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the files of a diff without git headers ({@code diff -u}, quilt) start. JGit's parser
 * attaches every hunk after the first {@code ---}/{@code +++} pair to that first file; git starts
 * a new file at each pair found outside a hunk. Hunk lines are counted from their headers, so a
 * removed line that reads {@code -- x} is never taken for a file header.
 */
final class TraditionalDiff {

    private TraditionalDiff() {}

    /** True when no line starts with {@code diff --git }: the diff is traditional. */
    static boolean isTraditional(byte[] diff) {
        int p = 0;
        while (p < diff.length) {
            if (startsWith(diff, p, "diff --git ")) {
                return false;
            }
            p = Hunk.lineEnd(diff, p, diff.length);
        }
        return true;
    }

    /** Offsets where each file's {@code ---} line starts (the first chunk also holds any text before). */
    static List<Integer> fileStarts(byte[] diff) {
        List<Integer> starts = new ArrayList<>();
        int oldLeft = 0;
        int newLeft = 0;
        int p = 0;
        while (p < diff.length) {
            int e = Hunk.lineEnd(diff, p, diff.length);
            if (oldLeft > 0 || newLeft > 0) {
                byte c = diff[p];
                if (c == ' ' || c == '\n') {
                    oldLeft--;
                    newLeft--;
                } else if (c == '-') {
                    oldLeft--;
                } else if (c == '+') {
                    newLeft--;
                } else if (c != '\\') {
                    oldLeft = 0; // a short hunk: let the parser complain
                    newLeft = 0;
                    continue;
                }
            } else if (startsWith(diff, p, "--- ") && e < diff.length && startsWith(diff, e, "+++ ")) {
                starts.add(p);
            } else if (startsWith(diff, p, "@@ -")) {
                int[] counts = counts(new String(diff, p, e - p, java.nio.charset.StandardCharsets.US_ASCII));
                oldLeft = counts[0];
                newLeft = counts[1];
            }
            p = e;
        }
        return starts;
    }

    private static int[] counts(String header) {
        try {
            String[] parts = header.split(" ");
            return new int[] {count(parts[1]), count(parts[2])};
        } catch (RuntimeException e) {
            return new int[] {0, 0};
        }
    }

    private static int count(String range) {
        int comma = range.indexOf(',');
        return comma < 0 ? 1 : Integer.parseInt(range.substring(comma + 1));
    }

    private static boolean startsWith(byte[] b, int p, String s) {
        if (p + s.length() > b.length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[p + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
