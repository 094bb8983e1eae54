package io.jenkins.plugins.patchworkci.apply;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code git patch-id --stable} of a diff: a hash of the diff with whitespace, line numbers and
 * {@code index} lines left out, summed file by file so that the order of files does not matter.
 * For binary files the blob ids of the {@code index} line stand for the content, as in git 2.39.
 * (The mail package computes the same for incoming patches; this small copy lets the applier
 * compare a patch with the branch's history on its own.)
 */
public final class PatchId {

    private PatchId() {}

    /** The patch-id in hex, or null when the text holds no diff. */
    public static String compute(byte[] diff) {
        byte[] result = new byte[20];
        MessageDigest md = sha1();
        String preOid = "";
        String postOid = "";
        boolean binary = false;
        int before = -1;
        int after = -1;
        int p = 0;
        boolean started = false;
        while (p < diff.length) {
            int e = Hunk.lineEnd(diff, p, diff.length);
            String line = new String(diff, p, e - p, StandardCharsets.UTF_8);
            p = e;
            if (!started) {
                if (!line.startsWith("diff ")) {
                    continue;
                }
                started = true;
            }
            if (line.startsWith("\\ No newline at end of file")) {
                continue; // git leaves the marker out of the patch-id
            }
            if (before == -1) {
                if (line.startsWith("GIT binary patch") || line.startsWith("Binary files")) {
                    binary = true;
                    before = 0;
                    md.update(preOid.getBytes(StandardCharsets.US_ASCII));
                    md.update(postOid.getBytes(StandardCharsets.US_ASCII));
                    flush(result, md);
                    continue;
                } else if (line.startsWith("index ")) {
                    int dots = line.indexOf("..");
                    if (dots > 0) {
                        int sp = line.indexOf(' ', dots);
                        int end = sp >= 0 ? sp : line.length() - 1;
                        preOid = line.substring(6, dots);
                        postOid = line.substring(dots + 2, Math.max(dots + 2, end)).trim();
                    }
                    continue;
                } else if (line.startsWith("--- ")) {
                    before = after = 1;
                } else if (line.isEmpty() || !Character.isLetter(line.charAt(0))) {
                    break;
                }
            }
            if (binary) {
                if (line.startsWith("diff ")) {
                    // git skips the header line of the file after a binary one (checked against git 2.39)
                    binary = false;
                    before = -1;
                }
                continue;
            }
            if (before == 0 && after == 0) {
                if (line.startsWith("@@ -")) {
                    int[] counts = hunkCounts(line);
                    before = counts[0];
                    after = counts[1];
                    continue;
                }
                if (!line.startsWith("diff ")) {
                    break;
                }
                flush(result, md);
                before = after = -1;
            }
            char c = line.charAt(0);
            if (c == '-' || c == ' ') {
                before--;
            }
            if (c == '+' || c == ' ') {
                after--;
            }
            byte[] stripped = withoutSpace(line);
            md.update(stripped);
        }
        if (!started) {
            return null;
        }
        flush(result, md);
        return HexFormat.of().formatHex(result);
    }

    private static void flush(byte[] result, MessageDigest md) {
        byte[] h = md.digest();
        int carry = 0;
        for (int i = 0; i < result.length; i++) {
            carry += (result[i] & 0xff) + (h[i] & 0xff);
            result[i] = (byte) carry;
            carry >>= 8;
        }
    }

    private static int[] hunkCounts(String line) {
        String[] parts = line.split(" ");
        // A header cut short counts as git's scan_hunk_header reads it; text from mail never throws.
        return new int[] {parts.length > 1 ? count(parts[1]) : 1, parts.length > 2 ? count(parts[2]) : 1};
    }

    /** The count after the comma, read like C's atoi (leading digits, 0 when none); 1 without a comma. */
    private static int count(String range) {
        int comma = range.indexOf(',');
        if (comma < 0) {
            return 1;
        }
        int n = 0;
        for (int i = comma + 1; i < range.length() && range.charAt(i) >= '0' && range.charAt(i) <= '9'; i++) {
            n = Math.min(n * 10 + (range.charAt(i) - '0'), 100_000_000);
        }
        return n;
    }

    private static byte[] withoutSpace(String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        int n = 0;
        for (byte x : b) {
            if (!(x == ' ' || x == '\t' || x == '\n' || x == '\r' || x == 0x0b || x == 0x0c)) {
                b[n++] = x;
            }
        }
        return java.util.Arrays.copyOf(b, n);
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
