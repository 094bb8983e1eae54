package io.jenkins.plugins.patchworkci.mail;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The patch-id of a diff, as {@code git patch-id --stable} computes it: SHA-1 over the diff's
 * lines with all whitespace removed, hunk headers and {@code index} lines left out; with
 * {@code --stable}, one hash per file, and the id is the byte-wise sum (with carry) of those
 * hashes, so the order of files does not matter. Only the first diff of the input counts (what
 * one mail carries).
 */
public final class PatchId {

    private PatchId() {}

    /**
     * Whether {@link #stable} finds a diff, without hashing: a {@code diff } line comes before
     * anything that ends the first patch (a commit id line).
     */
    public static boolean hasDiff(byte[] patch) {
        int pos = 0;
        while (pos < patch.length) {
            int nl = pos;
            while (nl < patch.length && patch[nl] != '\n') {
                nl++;
            }
            int len = nl - pos;
            if (len >= 5 && patch[pos] == 'd' && patch[pos + 1] == 'i' && patch[pos + 2] == 'f' && patch[pos + 3] == 'f'
                    && patch[pos + 4] == ' ' && noNulBefore(patch, pos, 5)) {
                return true;
            }
            int p = 0;
            if (startsWithAt(patch, pos, nl, "commit ")) {
                p = 7;
            } else if (startsWithAt(patch, pos, nl, "From ")) {
                p = 5;
            }
            boolean oid = pos + p + 40 <= nl;
            for (int i = pos + p; oid && i < pos + p + 40; i++) {
                oid = GitCtype.hexValue(patch[i] & 0xff) >= 0;
            }
            if (oid && !(startsWithAt(patch, pos, nl, "\\ ") && 12 < len + 1)) {
                return false;
            }
            pos = nl + 1;
        }
        return false;
    }

    private static boolean noNulBefore(byte[] b, int pos, int n) {
        for (int i = pos; i < pos + n; i++) {
            if (b[i] == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithAt(byte[] b, int pos, int end, String s) {
        if (pos + s.length() > end) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[pos + i] != (byte) s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The stable patch-id in 40 hex digits, or empty when the input has no diff. */
    public static Optional<String> stable(byte[] patch) {
        MessageDigest ctx;
        try {
            ctx = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
        byte[] result = new byte[20];
        // what goes into the hash of the current file, fed to SHA-1 at once when the file ends
        ByteLine acc = new ByteLine(Math.min(patch.length, 1 << 16));
        int patchlen = 0;
        int before = -1;
        int after = -1;
        boolean binary = false;
        byte[] preOid = new byte[0];
        byte[] postOid = new byte[0];
        int pos = 0;
        while (pos < patch.length) {
            int nl = pos;
            while (nl < patch.length && patch[nl] != '\n') {
                nl++;
            }
            int stop = nl < patch.length ? nl + 1 : nl;
            int line = pos;
            pos = stop;
            int end = line; // the C string ends at the first NUL
            while (end < stop && patch[end] != 0) {
                end++;
            }
            int first = end > line ? patch[line] & 0xff : 0;

            int p = 0;
            if (startsWith(patch, line, end, "commit ")) {
                p = 7;
            } else if (startsWith(patch, line, end, "From ")) {
                p = 5;
            } else if (startsWith(patch, line, end, "\\ ") && 12 < end - line) {
                continue; // "\ No newline at end of file"
            }
            if (isOidHex(patch, line + p, end)) {
                break; // the next commit starts
            }
            if (patchlen == 0 && !startsWith(patch, line, end, "diff ")) {
                continue;
            }
            if (before == -1) {
                if (startsWith(patch, line, end, "GIT binary patch") || startsWith(patch, line, end, "Binary files")) {
                    binary = true;
                    before = 0;
                    acc.append(preOid, 0, preOid.length);
                    acc.append(postOid, 0, postOid.length);
                    flush(result, ctx, acc);
                    continue;
                } else if (startsWith(patch, line, end, "index ")) {
                    int oid1End = indexOf(patch, line, end, "..");
                    if (oid1End >= 0) {
                        int oid2End = indexOf(patch, oid1End, end, " ");
                        if (oid2End < 0) {
                            oid2End = end - 1;
                        }
                        preOid = copy(patch, line + 6, Math.min(oid1End - line - 6, 64));
                        postOid = copy(patch, oid1End + 2, Math.max(0, Math.min(oid2End - oid1End - 2, 64)));
                    }
                    continue;
                } else if (startsWith(patch, line, end, "--- ")) {
                    before = 1;
                    after = 1;
                } else if (!GitCtype.isAlpha(first)) {
                    break;
                }
            }
            if (binary) {
                if (startsWith(patch, line, end, "diff ")) {
                    binary = false;
                    before = -1;
                }
                continue;
            }
            if (before == 0 && after == 0) {
                if (startsWith(patch, line, end, "@@ -")) {
                    int[] ba = {before, after};
                    scanHunkHeader(patch, line, end, ba);
                    before = ba[0];
                    after = ba[1];
                    continue;
                }
                if (!startsWith(patch, line, end, "diff ")) {
                    break;
                }
                flush(result, ctx, acc);
                before = -1;
                after = -1;
            }
            if (first == '-' || first == ' ') {
                before--;
            }
            if (first == '+' || first == ' ') {
                after--;
            }
            int n0 = acc.length();
            for (int i = line; i < end; i++) {
                byte c = patch[i];
                if (!GitCtype.isSpace(c & 0xff)) {
                    acc.append(c);
                }
            }
            patchlen += acc.length() - n0;
        }
        flush(result, ctx, acc);
        return patchlen == 0 ? Optional.empty() : Optional.of(HexFormat.of().formatHex(result));
    }

    private static void flush(byte[] result, MessageDigest ctx, ByteLine acc) {
        ctx.update(acc.array(), 0, acc.length());
        acc.reset();
        byte[] hash = ctx.digest();
        int carry = 0;
        for (int i = 0; i < 20; i++) {
            carry += (result[i] & 0xff) + (hash[i] & 0xff);
            result[i] = (byte) carry;
            carry = (carry >> 8) & 0xff;
        }
    }

    /** git's scan_hunk_header: the line counts of {@code @@ -a,b +c,d @@}; on a malformed header, what was parsed. */
    private static void scanHunkHeader(byte[] l, int line, int end, int[] ba) {
        int q = line + 4;
        int n = digits(l, q, end);
        if (at(l, q + n, end) == ',') {
            q += n + 1;
            ba[0] = atoi(l, q, end);
            n = digits(l, q, end);
        } else {
            ba[0] = 1;
        }
        if (n == 0 || at(l, q + n, end) != ' ' || at(l, q + n + 1, end) != '+') {
            return;
        }
        int r = q + n + 2;
        n = digits(l, r, end);
        if (at(l, r + n, end) == ',') {
            r += n + 1;
            ba[1] = atoi(l, r, end);
        } else {
            ba[1] = 1;
        }
    }

    private static int at(byte[] l, int i, int end) {
        return i < end ? l[i] & 0xff : 0;
    }

    private static int digits(byte[] l, int from, int end) {
        int n = 0;
        while (from + n < end && GitCtype.isDigit(l[from + n])) {
            n++;
        }
        return n;
    }

    private static int atoi(byte[] l, int from, int end) {
        long v = 0;
        int i = from;
        while (i < end && GitCtype.isDigit(l[i]) && v < Integer.MAX_VALUE) {
            v = v * 10 + (l[i++] - '0');
        }
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    private static boolean isOidHex(byte[] l, int from, int end) {
        if (from + 40 > end) {
            return false;
        }
        for (int i = from; i < from + 40; i++) {
            if (GitCtype.hexValue(l[i] & 0xff) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] l, int line, int end, String s) {
        if (line + s.length() > end) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (l[line + i] != (byte) s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] l, int from, int end, String s) {
        outer:
        for (int i = from; i + s.length() <= end; i++) {
            for (int j = 0; j < s.length(); j++) {
                if (l[i + j] != (byte) s.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] copy(byte[] l, int from, int n) {
        byte[] b = new byte[Math.max(0, n)];
        System.arraycopy(l, from, b, 0, b.length);
        return b;
    }
}
