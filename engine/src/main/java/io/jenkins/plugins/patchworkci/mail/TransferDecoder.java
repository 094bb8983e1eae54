package io.jenkins.plugins.patchworkci.mail;

/**
 * Quoted-printable and base64 decoding one line at a time, with git mailinfo's tolerance:
 * garbage is kept (QP) or skipped (base64), never an error, and a QP soft line break drops the
 * newline so the caller joins the line with the next one.
 */
final class TransferDecoder {

    private TransferDecoder() {}

    /** QP decoding of a C string (stops at NUL); {@code rfc2047} turns {@code _} into a space. */
    static ByteLine decodeQ(ByteLine in, boolean rfc2047) {
        int end = in.cLength();
        byte[] b = in.array();
        ByteLine out = new ByteLine(end);
        int i = 0;
        while (i < end) {
            int c = b[i++] & 0xff;
            if (c == '=') {
                int d = i < end ? b[i] & 0xff : 0;
                if (d == '\n' || d == 0) {
                    break; // soft line break: drop the newline
                }
                int hi = GitCtype.hexValue(d);
                int lo = i + 1 < end ? GitCtype.hexValue(b[i + 1] & 0xff) : -1;
                if (hi >= 0 && lo >= 0) {
                    out.append((hi << 4) | lo);
                    i += 2;
                    continue;
                }
                // garbage: keep the '=' as is
            }
            if (rfc2047 && c == '_') {
                c = ' ';
            }
            out.append(c);
        }
        return out;
    }

    /** Base64 decoding of a C string; characters outside the alphabet (padding too) are skipped. */
    static ByteLine decodeB(ByteLine in) {
        int end = in.cLength();
        byte[] b = in.array();
        ByteLine out = new ByteLine(end * 3 / 4 + 3);
        int pos = 0;
        int acc = 0;
        for (int i = 0; i < end; i++) {
            int c = b[i] & 0xff;
            if (c == '+') {
                c = 62;
            } else if (c == '/') {
                c = 63;
            } else if (c >= 'A' && c <= 'Z') {
                c -= 'A';
            } else if (c >= 'a' && c <= 'z') {
                c -= 'a' - 26;
            } else if (c >= '0' && c <= '9') {
                c -= '0' - 52;
            } else {
                continue;
            }
            switch (pos++) {
                case 0 -> acc = c << 2;
                case 1 -> {
                    out.append((acc | (c >> 4)) & 0xff);
                    acc = (c & 15) << 4;
                }
                case 2 -> {
                    out.append((acc | (c >> 2)) & 0xff);
                    acc = (c & 3) << 6;
                }
                default -> {
                    out.append((acc | c) & 0xff);
                    acc = 0;
                    pos = 0;
                }
            }
        }
        return out;
    }
}
