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

    /** The stable patch-id in 40 hex digits, or empty when the input has no diff. */
    public static Optional<String> stable(byte[] patch) {
        MessageDigest ctx;
        try {
            ctx = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
        byte[] result = new byte[20];
        int patchlen = 0;
        int before = -1;
        int after = -1;
        boolean binary = false;
        byte[] preOid = new byte[0];
        byte[] postOid = new byte[0];
        byte[] line = new byte[256];
        int pos = 0;
        while (pos < patch.length) {
            int nl = pos;
            while (nl < patch.length && patch[nl] != '\n') {
                nl++;
            }
            int stop = nl < patch.length ? nl + 1 : nl;
            int len = stop - pos;
            if (line.length < len + 1) {
                line = new byte[len * 2 + 1];
            }
            System.arraycopy(patch, pos, line, 0, len);
            line[len] = 0;
            pos = stop;
            int cLen = cLength(line, len);

            int p = 0;
            if (startsWith(line, cLen, "commit ")) {
                p = 7;
            } else if (startsWith(line, cLen, "From ")) {
                p = 5;
            } else if (startsWith(line, cLen, "\\ ") && 12 < cLen) {
                continue; // "\ No newline at end of file"
            }
            if (isOidHex(line, p, cLen)) {
                break; // the next commit starts
            }
            if (patchlen == 0 && !startsWith(line, cLen, "diff ")) {
                continue;
            }
            if (before == -1) {
                if (startsWith(line, cLen, "GIT binary patch") || startsWith(line, cLen, "Binary files")) {
                    binary = true;
                    before = 0;
                    ctx.update(preOid);
                    ctx.update(postOid);
                    flush(result, ctx);
                    continue;
                } else if (startsWith(line, cLen, "index ")) {
                    int oid1End = indexOf(line, cLen, "..", 0);
                    if (oid1End >= 0) {
                        int oid2End = indexOf(line, cLen, " ", oid1End);
                        if (oid2End < 0) {
                            oid2End = cLen - 1;
                        }
                        preOid = copy(line, 6, Math.min(oid1End - 6, 64));
                        postOid = copy(line, oid1End + 2, Math.max(0, Math.min(oid2End - oid1End - 2, 64)));
                    }
                    continue;
                } else if (startsWith(line, cLen, "--- ")) {
                    before = 1;
                    after = 1;
                } else if (!GitCtype.isAlpha(line[0] & 0xff)) {
                    break;
                }
            }
            if (binary) {
                if (startsWith(line, cLen, "diff ")) {
                    binary = false;
                    before = -1;
                }
                continue;
            }
            if (before == 0 && after == 0) {
                if (startsWith(line, cLen, "@@ -")) {
                    int[] ba = {before, after};
                    scanHunkHeader(line, ba);
                    before = ba[0];
                    after = ba[1];
                    continue;
                }
                if (!startsWith(line, cLen, "diff ")) {
                    break;
                }
                flush(result, ctx);
                before = -1;
                after = -1;
            }
            if (line[0] == '-' || line[0] == ' ') {
                before--;
            }
            if (line[0] == '+' || line[0] == ' ') {
                after--;
            }
            int n = removeSpace(line, cLen);
            patchlen += n;
            ctx.update(line, 0, n);
        }
        flush(result, ctx);
        return patchlen == 0 ? Optional.empty() : Optional.of(HexFormat.of().formatHex(result));
    }

    private static void flush(byte[] result, MessageDigest ctx) {
        byte[] hash = ctx.digest();
        int carry = 0;
        for (int i = 0; i < 20; i++) {
            carry += (result[i] & 0xff) + (hash[i] & 0xff);
            result[i] = (byte) carry;
            carry = (carry >> 8) & 0xff;
        }
    }

    /** git's scan_hunk_header: the line counts of {@code @@ -a,b +c,d @@}; on a malformed header, what was parsed. */
    private static void scanHunkHeader(byte[] l, int[] ba) {
        int q = 4;
        int n = digits(l, q);
        if (l[q + n] == ',') {
            q += n + 1;
            ba[0] = atoi(l, q);
            n = digits(l, q);
        } else {
            ba[0] = 1;
        }
        if (n == 0 || l[q + n] != ' ' || l[q + n + 1] != '+') {
            return;
        }
        int r = q + n + 2;
        n = digits(l, r);
        if (l[r + n] == ',') {
            r += n + 1;
            ba[1] = atoi(l, r);
        } else {
            ba[1] = 1;
        }
    }

    private static int digits(byte[] l, int from) {
        int n = 0;
        while (from + n < l.length && GitCtype.isDigit(l[from + n])) {
            n++;
        }
        return n;
    }

    private static int atoi(byte[] l, int from) {
        long v = 0;
        int i = from;
        while (i < l.length && GitCtype.isDigit(l[i]) && v < Integer.MAX_VALUE) {
            v = v * 10 + (l[i++] - '0');
        }
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    private static int removeSpace(byte[] l, int len) {
        int dst = 0;
        for (int src = 0; src < len; src++) {
            byte c = l[src];
            if (!GitCtype.isSpace(c & 0xff)) {
                l[dst++] = c;
            }
        }
        return dst;
    }

    private static boolean isOidHex(byte[] l, int from, int len) {
        if (from + 40 > len) {
            return false;
        }
        for (int i = from; i < from + 40; i++) {
            if (GitCtype.hexValue(l[i] & 0xff) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int cLength(byte[] l, int len) {
        for (int i = 0; i < len; i++) {
            if (l[i] == 0) {
                return i;
            }
        }
        return len;
    }

    private static boolean startsWith(byte[] l, int len, String s) {
        if (s.length() > len) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (l[i] != (byte) s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] l, int len, String s, int from) {
        outer:
        for (int i = from; i + s.length() <= len; i++) {
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
