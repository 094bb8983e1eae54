package io.jenkins.plugins.patchworkci.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;

/**
 * Writes an mbox of realistic patch mail, the way {@code git format-patch --thread} and
 * send-email write it for kernel lists: threaded series, RFC 2047 names, folded subjects with
 * tree tags and versions, commit messages with trailers, diffstats and multi-file, multi-hunk
 * diffs of C code. Most mails are 8bit UTF-8; one in ten is quoted-printable and one in twenty
 * base64, as some mailers send them. Deterministic for a seed.
 */
final class MboxGenerator {

    private static final String[] NAMES = {"Jörg Müller", "Alexei Starovoitov", "Ζωή Παπαδοπούλου", "Eric Dumazet",
        "山田 太郎", "Jakub Kicinski", "Łukasz Żółć", "Paolo Abeni", "Daniel Borkmann", "Toke Høiland-Jørgensen"};
    private static final String[] TREES = {"net", "net-next", "bpf", "bpf-next", "iproute2-next"};
    private static final String[] SUBSYSTEMS = {"net: ipv4", "bpf: verifier", "selftests/bpf", "ice", "mlx5e", "tcp",
        "net/sched", "libbpf", "veth", "xdp"};
    private static final String[] WORDS = ("fix a leak in the receive path when the queue is full and the device is "
            + "reset while packets are still in flight so that the refcount drops to zero before the free "
            + "helper runs which triggers a use after free reported by syzbot").split(" ");

    private final Random random;

    MboxGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Writes {@code count} messages to {@code mbox}; returns its size in bytes. */
    long write(Path mbox, int count) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(mbox), 1 << 16)) {
            int i = 0;
            while (i < count) {
                int series = 1 + random.nextInt(Math.min(12, count - i));
                String cover = "cover." + i + ".git." + random.nextInt(1_000_000) + "@example.org";
                int version = 1 + random.nextInt(4);
                String tree = TREES[random.nextInt(TREES.length)];
                for (int n = 1; n <= series && i < count; n++, i++) {
                    out.write(message(i, n, series, version, tree, cover));
                }
            }
        }
        return Files.size(mbox);
    }

    private byte[] message(int i, int n, int total, int version, String tree, String cover) {
        String name = NAMES[random.nextInt(NAMES.length)];
        String email = name.toLowerCase().replaceAll("[^a-z]", "") + "@example.org";
        String subject = "[PATCH " + tree + (version > 1 ? " v" + version : "") + " " + n + "/" + total + "] "
                + SUBSYSTEMS[random.nextInt(SUBSYSTEMS.length)] + ": " + words(4 + random.nextInt(9));
        String body = body(name, email);
        int kind = random.nextInt(20);
        StringBuilder h = new StringBuilder();
        h.append("From ").append(hex(40)).append(" Mon Sep 17 00:00:00 2001\n");
        h.append("From: ").append(encodedName(name)).append(" <").append(email).append(">\n");
        h.append("Date: Mon, 1 Jan 2024 10:").append(String.format("%02d:%02d", i / 60 % 60, i % 60)).append(" +0000\n");
        h.append("Subject: ").append(fold(subject)).append('\n');
        h.append("Message-Id: <").append(i).append(".").append(hex(12)).append("@example.org>\n");
        h.append("In-Reply-To: <").append(cover).append(">\nReferences: <").append(cover).append(">\n");
        h.append("To: netdev@vger.kernel.org\nCc: davem@davemloft.net, edumazet@google.com, kuba@kernel.org,\n"
                + " pabeni@redhat.com, bpf@vger.kernel.org\n");
        h.append("MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n");
        byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
        if (kind == 0) {
            h.append("Content-Transfer-Encoding: base64\n\n");
            return concat(h, Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(bodyBytes) + "\n\n");
        } else if (kind <= 2) {
            h.append("Content-Transfer-Encoding: quoted-printable\n\n");
            return concat(h, quotedPrintable(bodyBytes) + "\n");
        }
        h.append("Content-Transfer-Encoding: 8bit\n\n");
        return concat(h, body + "\n");
    }

    private String body(String name, String email) {
        StringBuilder b = new StringBuilder();
        int paragraphs = 1 + random.nextInt(3);
        for (int p = 0; p < paragraphs; p++) {
            int lines = 2 + random.nextInt(6);
            for (int l = 0; l < lines; l++) {
                b.append(words(8 + random.nextInt(5))).append('\n');
            }
            b.append('\n');
        }
        if (random.nextInt(3) == 0) {
            b.append("Fixes: ").append(hex(12)).append(" (\"").append(SUBSYSTEMS[random.nextInt(SUBSYSTEMS.length)])
                    .append(": ").append(words(5)).append("\")\n");
        }
        if (random.nextBoolean()) {
            b.append("Reviewed-by: ").append(NAMES[random.nextInt(NAMES.length)]).append(" <rev@example.org>\n");
        }
        b.append("Signed-off-by: ").append(name).append(" <").append(email).append(">\n");
        b.append("---\n");
        int files = 1 + random.nextInt(3);
        String[] paths = new String[files];
        for (int f = 0; f < files; f++) {
            paths[f] = "drivers/net/ethernet/" + words(1) + "/" + words(1) + "_" + f + ".c";
            b.append(' ').append(paths[f]).append(" | ").append(5 + random.nextInt(40)).append(" +++++-----\n");
        }
        b.append(' ').append(files).append(" files changed, 20 insertions(+), 12 deletions(-)\n\n");
        for (String path : paths) {
            b.append("diff --git a/").append(path).append(" b/").append(path).append('\n');
            b.append("index ").append(hex(12)).append("..").append(hex(12)).append(" 100644\n");
            b.append("--- a/").append(path).append("\n+++ b/").append(path).append('\n');
            int hunks = 1 + random.nextInt(4);
            int line = 10 + random.nextInt(50);
            for (int k = 0; k < hunks; k++) {
                hunk(b, line);
                line += 60 + random.nextInt(200);
            }
        }
        b.append("-- \n2.43.0\n");
        return b.toString();
    }

    private void hunk(StringBuilder b, int line) {
        int context = 3;
        int removed = random.nextInt(6);
        int added = 1 + random.nextInt(10);
        int before = 2 * context + removed;
        int after = 2 * context + added;
        b.append("@@ -").append(line).append(',').append(before).append(" +").append(line).append(',').append(after)
                .append(" @@ static int ").append(words(1)).append("_probe(struct pci_dev *pdev)\n");
        for (int c = 0; c < context; c++) {
            b.append(' ').append(code()).append('\n');
        }
        for (int r = 0; r < removed; r++) {
            b.append('-').append(code()).append('\n');
        }
        for (int a = 0; a < added; a++) {
            b.append('+').append(code()).append('\n');
        }
        for (int c = 0; c < context; c++) {
            b.append(' ').append(code()).append('\n');
        }
    }

    private String code() {
        return switch (random.nextInt(5)) {
            case 0 -> "\tif (!skb || skb->len < " + random.nextInt(1500) + ")";
            case 1 -> "\t\treturn -EINVAL;";
            case 2 -> "\terr = " + words(1) + "_" + words(1) + "(dev, &priv->" + words(1) + ", " + random.nextInt(64) + ");";
            case 3 -> "\t/* " + words(6) + " */";
            default -> "";
        };
    }

    private String words(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    private String hex(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append("0123456789abcdef".charAt(random.nextInt(16)));
        }
        return b.toString();
    }

    private static String encodedName(String name) {
        if (name.chars().allMatch(c -> c < 128)) {
            return name;
        }
        StringBuilder b = new StringBuilder("=?UTF-8?q?");
        for (byte x : name.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c > 32 && c < 127 && c != '=' && c != '?' && c != '_') {
                b.append((char) c);
            } else {
                b.append(String.format("=%02X", c));
            }
        }
        return b.append("?=").toString();
    }

    private static String fold(String subject) {
        if (subject.length() < 70) {
            return subject;
        }
        int cut = subject.lastIndexOf(' ', 70);
        return cut > 0 ? subject.substring(0, cut) + "\n" + subject.substring(cut) : subject;
    }

    private static String quotedPrintable(byte[] body) {
        StringBuilder qp = new StringBuilder(body.length + body.length / 8);
        int col = 0;
        for (int i = 0; i < body.length; i++) {
            int c = body[i] & 0xff;
            if (c == '\n') {
                qp.append('\n');
                col = 0;
                continue;
            }
            boolean endSpace = (c == ' ' || c == '\t') && (i + 1 == body.length || body[i + 1] == '\n');
            String e = ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !endSpace))
                    ? String.valueOf((char) c) : String.format("=%02X", c);
            if (col + e.length() > 75) {
                qp.append("=\n");
                col = 0;
            }
            qp.append(e);
            col += e.length();
        }
        return qp.toString();
    }

    private static byte[] concat(StringBuilder headers, String body) {
        return (headers + body).getBytes(StandardCharsets.UTF_8);
    }
}
