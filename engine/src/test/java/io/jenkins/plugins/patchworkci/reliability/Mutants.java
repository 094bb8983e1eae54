package io.jenkins.plugins.patchworkci.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik generators of damaged input: a valid seed (a patch mail, a configuration, a diff) changed
 * by a few random edits, most of them splicing in a token that is known to stress a parser
 * (encoded words, boundaries, From lines, hunk headers, NUL, CR, invalid UTF-8, shell and HTML
 * metacharacters, path escapes, a long run). Seeded, so a failing case is repeatable.
 */
final class Mutants {

    static final List<String> TOKENS = List.of("\0", "\r", "\n", "\r\n", "\n\n", "\n ", "\t", "=?UTF-8?B?", "=?utf-8?q?=",
            "?=", "=\n", "=FF", "\u00ff\u00fe", "From ", "\nFrom x@y Mon Sep 17 00:00:00 2001\n", "--", "--b\n",
            "\nContent-Type: multipart/mixed; boundary=b\n", "\nContent-Transfer-Encoding: base64\n",
            "\nContent-Transfer-Encoding: quoted-printable\n", "; charset=\"x-unknown\"", "diff --git a/", " b/",
            "\n--- a/", "\n+++ b/", "\n@@ -1,3 +1,4 @@\n", "@@ -0,0 +99999999 @@", "\n-", "\n+", "\n\\ No newline at end of file\n",
            "[PATCH", "[PATCH v99999999999 1/0]", "[RFC PATCH 00/99999]", "]", "[", "Re: ", "Subject: ", "\nSubject: ",
            "\nIn-Reply-To: <", "\nReferences: <a@b> <", "\nMessage-ID: <", ">", "<", "$(reboot)", "`id`", ";rm -rf /;", "|",
            "<script>alert(1)</script>", "&amp;", "\"", "'", "/../", "../../", "/etc/passwd", ".git/", ".GIT/", "git~1/",
            "\nrename to ", "\ncopy to ", "\nnew file mode 120000\n", "\nGIT binary patch\nliteral 99999999\n", "\nindex 0..1\n",
            "Signed-off-by: ", "Fixes: ", "\n---\n", "\n-- \n", "\n>8\n", "-- >8 --", "\u202e", "\u0000\u0001\u0002",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "- [ ] ", "sources:\n", "  - ", ": ", "{", "}", "!!java.lang.Runtime", "*anchor", "&anchor ", "%YAML 1.2\n", "? ",
            "~", "null", "-1", "1e999", "99999999999999999999", "T:\t", "F:\t", "N:\t", "X:\t", "M:\t", "\nK:\t(", "[a-z");

    private Mutants() {}

    /** The seed after 1 to 8 random edits. */
    static Arbitrary<byte[]> of(byte[] seed) {
        return Arbitraries.longs().map(s -> mutate(seed, new Random(s)));
    }

    /** As text (the bytes decoded leniently): for the loaders that take a String. */
    static Arbitrary<String> text(String seed) {
        return of(seed.getBytes(StandardCharsets.UTF_8)).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    static byte[] mutate(byte[] seed, Random r) {
        byte[] cur = seed;
        int edits = 1 + r.nextInt(8);
        for (int i = 0; i < edits; i++) {
            cur = edit(cur, r);
        }
        return cur;
    }

    private static byte[] edit(byte[] in, Random r) {
        int at = in.length == 0 ? 0 : r.nextInt(in.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 128);
        switch (r.nextInt(6)) {
            case 0, 1, 2 -> { // splice a token
                out.write(in, 0, at);
                out.writeBytes(TOKENS.get(r.nextInt(TOKENS.size())).getBytes(StandardCharsets.ISO_8859_1));
                out.write(in, at, in.length - at);
            }
            case 3 -> { // delete a range
                int len = Math.min(in.length - at, r.nextInt(64));
                out.write(in, 0, at);
                out.write(in, at + len, in.length - at - len);
            }
            case 4 -> { // flip a byte
                byte[] c = in.clone();
                if (c.length > 0) {
                    c[Math.min(at, c.length - 1)] = (byte) r.nextInt(256);
                }
                return c;
            }
            default -> { // duplicate a range
                int len = Math.min(in.length - at, r.nextInt(256));
                out.write(in, 0, at + len);
                out.write(in, at, len);
                out.write(in, at + len, in.length - at - len);
            }
        }
        return out.toByteArray();
    }
}
