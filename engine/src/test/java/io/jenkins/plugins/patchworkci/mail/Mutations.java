package io.jenkins.plugins.patchworkci.mail;

import java.io.ByteArrayOutputStream;
import java.util.Random;

/** Seeded random damage to a real mail: flipped, inserted, deleted and duplicated bytes and lines. */
final class Mutations {

    private static final byte[][] TOKENS = {
        "\n".getBytes(), "\r\n".getBytes(), "=?".getBytes(), "?=".getBytes(), "--".getBytes(), "---\n".getBytes(),
        "boundary=".getBytes(), "\n\n".getBytes(), "=\n".getBytes(), "[PATCH".getBytes(), "]".getBytes(),
        "From: ".getBytes(), " ".getBytes(), "\t".getBytes(), "@".getBytes(), "<".getBytes(), ">".getBytes(),
        "\0".getBytes(), "-- >8 --\n".getBytes(), "base64".getBytes(), "charset=".getBytes(), "diff -".getBytes(),
        "@@ -1 +1 @@\n".getBytes(), {(byte) 0xff}, {(byte) 0xc3},
    };

    private Mutations() {}

    static byte[] mutate(byte[] seed, Random r) {
        byte[] b = seed.clone();
        int rounds = 1 + r.nextInt(6);
        for (int i = 0; i < rounds && b.length > 0; i++) {
            int pos = r.nextInt(b.length);
            ByteArrayOutputStream o = new ByteArrayOutputStream(b.length + 16);
            switch (r.nextInt(4)) {
                case 0 -> {
                    b[pos] = (byte) r.nextInt(256);
                    continue;
                }
                case 1 -> {
                    o.write(b, 0, pos);
                    byte[] t = TOKENS[r.nextInt(TOKENS.length)];
                    o.write(t, 0, t.length);
                    o.write(b, pos, b.length - pos);
                }
                case 2 -> {
                    int n = Math.min(b.length - pos, 1 + r.nextInt(20));
                    o.write(b, 0, pos);
                    o.write(b, pos + n, b.length - pos - n);
                }
                default -> {
                    int n = Math.min(b.length - pos, 1 + r.nextInt(200));
                    o.write(b, 0, pos + n);
                    o.write(b, pos, b.length - pos);
                }
            }
            b = o.toByteArray();
        }
        return b;
    }
}
