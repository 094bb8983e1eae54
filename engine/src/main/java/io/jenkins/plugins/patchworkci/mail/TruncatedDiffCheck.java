package io.jenkins.plugins.patchworkci.mail;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a hunk that ends before the lines its header counts, the mark of a diff cut short in
 * transit (a truncated mail, a broken archive). git mailinfo does not look; git apply would fail
 * later with "corrupt patch", so we say it when the mail is read.
 */
final class TruncatedDiffCheck {

    private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,(\\d{1,9}))? \\+\\d+(?:,(\\d{1,9}))? @@.*");

    private TruncatedDiffCheck() {}

    /** The problem, or null when every hunk is complete. */
    @CheckForNull
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
                Matcher m = HUNK.matcher(new String(patch, pos, Math.min(nl - pos, 200), java.nio.charset.StandardCharsets.ISO_8859_1));
                if (m.matches()) {
                    before = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
                    after = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                }
            } else if (c == 'd' && startsWith(patch, pos, "diff --git ")) {
                file = new String(patch, pos + 11, Math.min(nl - pos - 11, 300), java.nio.charset.StandardCharsets.UTF_8);
            }
            pos = nl + 1;
        }
        return before > 0 || after > 0 ? truncated(file) : null;
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
