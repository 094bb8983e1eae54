package io.jenkins.plugins.patchworkci.report;

import java.util.List;

/**
 * The lines a hunk expected beside the lines the tree has, line by line, with the characters that
 * differ marked: the characters of a longest common subsequence of the two lines stay plain and the
 * others are {@code <mark>}ed, so a one-character difference is seen at once instead of found by
 * eye. A line with no counterpart is marked whole.
 */
final class LineDiff {

    private final List<String> left;
    private final List<String> right;

    private LineDiff(List<String> left, List<String> right) {
        this.left = left;
        this.right = right;
    }

    static LineDiff of(String expected, String actual) {
        return new LineDiff(expected.lines().toList(), actual.lines().toList());
    }

    void writeLeft(Html html) {
        write(html, left, right);
    }

    void writeRight(Html html) {
        write(html, right, left);
    }

    private static void write(Html html, List<String> these, List<String> others) {
        for (int i = 0; i < these.size(); i++) {
            int[] line = these.get(i).codePoints().toArray();
            boolean[] kept = i < others.size() ? common(line, others.get(i).codePoints().toArray()) : new boolean[line.length];
            StringBuilder run = new StringBuilder();
            boolean marking = false;
            for (int k = 0; k < line.length; k++) {
                if (!kept[k] != marking) {
                    flush(html, run, marking);
                    marking = !kept[k];
                }
                run.appendCodePoint(line[k]);
            }
            flush(html, run, marking);
            html.text("\n");
        }
    }

    private static void flush(Html html, StringBuilder run, boolean marked) {
        if (run.length() > 0) {
            if (marked) {
                html.element("mark", run.toString());
            } else {
                html.text(run.toString());
            }
            run.setLength(0);
        }
    }

    /** Longest lines compared character by character; longer ones by their common start and end. */
    private static final int MAX_CELLS = 1_000_000;

    /**
     * Which characters of {@code a} are in a longest common subsequence with {@code b}: those stay
     * plain, the rest are the difference. Lines too long for the table keep their common start and
     * end only.
     */
    static boolean[] common(int[] a, int[] b) {
        boolean[] kept = new boolean[a.length];
        if ((long) a.length * b.length > MAX_CELLS) {
            int start = 0;
            while (start < a.length && start < b.length && a[start] == b[start]) {
                kept[start++] = true;
            }
            for (int n = 1; n <= Math.min(a.length, b.length) - start && a[a.length - n] == b[b.length - n]; n++) {
                kept[a.length - n] = true;
            }
            return kept;
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                kept[i++] = true;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return kept;
    }
}
