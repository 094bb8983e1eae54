package io.jenkins.plugins.patchworkci.mail;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * RFC 2047 encoded-word decoding of a header value ({@code =?charset?B|Q?...?=}), as git
 * mailinfo's decode_header does it: whitespace between two encoded words is dropped, each word
 * is re-encoded to the target charset, and a malformed word leaves the value undecoded and is an
 * error.
 */
final class HeaderDecoder {

    private final CharsetRecoder recoder;

    HeaderDecoder(CharsetRecoder recoder) {
        this.recoder = recoder;
    }

    /**
     * Decodes {@code it} in place.
     *
     * @return null on success, else the reason (and {@code it} is left as it was)
     */
    @Nullable
    String decode(ByteLine it) {
        ByteLine out = new ByteLine(it.length());
        byte[] b = it.array();
        int len = it.length();
        int cEnd = it.cLength();
        int in = 0;
        int ep;
        while ((ep = it.indexOf("=?", in, cEnd)) >= 0) {
            if (in != ep) {
                int scan = in;
                while (scan < ep && GitCtype.isSpace(b[scan] & 0xff)) {
                    scan++;
                }
                if (scan != ep || in == 0) {
                    out.append(b, in, ep - in);
                }
            }
            ep += 2;
            int cp = ep >= len ? -1 : it.indexOf('?', ep);
            if (cp < 0 || cp >= cEnd) {
                return "malformed encoded word in header: " + preview(it);
            }
            if (cp + 3 > len) {
                return "malformed encoded word in header: " + preview(it);
            }
            String charset = new String(b, ep, cp - ep, StandardCharsets.ISO_8859_1);
            int encoding = it.at(cp + 1);
            if (encoding == 0 || it.at(cp + 2) != '?') {
                return "malformed encoded word in header: " + preview(it);
            }
            int end = it.indexOf("?=", cp + 3, cEnd);
            if (end < 0) {
                return "malformed encoded word in header: " + preview(it);
            }
            ByteLine piece = new ByteLine(end - cp - 3);
            piece.append(b, cp + 3, end - cp - 3);
            ByteLine dec;
            switch (GitCtype.toLower(encoding)) {
                case 'b' -> dec = TransferDecoder.decodeB(piece);
                case 'q' -> dec = TransferDecoder.decodeQ(piece, true);
                default -> {
                    return "unknown encoding '" + (char) encoding + "' in encoded word: " + preview(it);
                }
            }
            String problem = recoder.convert(dec, charset);
            if (problem != null) {
                return problem;
            }
            out.append(dec);
            in = end + 2;
        }
        if (in < cEnd) {
            out.append(b, in, cEnd - in);
        }
        it.copyFrom(out);
        return null;
    }

    private static String preview(ByteLine l) {
        String s = l.toUtf8();
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
