package io.jenkins.plugins.patchworkci.mail;

import org.jspecify.annotations.Nullable;


/**
 * Finds a hunk that ends before the lines its header counts, the mark of a diff cut short in
 * transit (a truncated mail, a broken archive). git mailinfo does not look; git apply would fail
 * later with "corrupt patch", so we say it when the mail is read.
 */
final class TruncatedDiffCheck {


    private TruncatedDiffCheck() {}

    /** The problem, or null when every hunk is complete. */
    @Nullable
    static String check(byte[] patch) {
        int before = 0;
        int after = 0;
        String file = "?";
        int pos = 0;
        while (pos < patch.length) {
            int nl = pos;
            while (nl < patch.length && patch[nl] != '\n') {
                nl++;
            }
            int c = patch[pos];
            if (before > 0 || after > 0) {
                if (c == ' ' || nl == pos) {
                    before--;
                    after--;
                } else if (c == '-') {
                    before--;
                } else if (c == '+') {
                    after--;
                } else if (c != '\\') {
                    return truncated(file);
                }
                if (before < 0 || after < 0) {
                    return truncated(file);
                }
            } else if (c == '@') {
                int[] counts = hunkCounts(patch, pos, nl);
                if (counts != null) {
                    before = counts[0];
                    after = counts[1];
                }
            } else if (c == 'd' && startsWith(patch, pos, "diff --git ")) {
                file = new String(patch, pos + 11, Math.min(nl - pos - 11, 300), java.nio.charset.StandardCharsets.UTF_8);
            }
            pos = nl + 1;
        }
        return before > 0 || after > 0 ? truncated(file) : null;
    }

    /** The line counts of {@code @@ -a[,b] +c[,d] @@}, or null if the line is not a hunk header. */
    private static int @Nullable [] hunkCounts(byte[] b, int pos, int end) {
        if (!startsWith(b, pos, "@@ -")) {
            return null;
        }
        int[] counts = new int[2];
        int i = pos + 4;
        for (int k = 0; k < 2; k++) {
            int start = i;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            if (i == start) {
                return null;
            }
            counts[k] = 1;
            if (i < end && b[i] == ',') {
                int n = 0;
                int digits = 0;
                i++;
                while (i < end && b[i] >= '0' && b[i] <= '9' && digits < 9) {
                    n = n * 10 + (b[i++] - '0');
                    digits++;
                }
                if (digits == 0 || (i < end && b[i] >= '0' && b[i] <= '9')) {
                    return null;
                }
                counts[k] = n;
            }
            if (k == 0) {
                if (!startsWith(b, i, " +")) {
                    return null;
                }
                i += 2;
            }
        }
        return startsWith(b, i, " @@") ? counts : null;
    }

    private static String truncated(String file) {
        return "truncated diff: a hunk of " + file + " ends before the lines its header counts";
    }

    private static boolean startsWith(byte[] b, int pos, String s) {
        if (pos + s.length() > b.length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[pos + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
