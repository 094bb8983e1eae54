package io.jenkins.plugins.patchworkci.bench.apply;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A repository in a kernel-like layout ({@code drivers/sub3/leaf7/file1234.c}) with a base
 * commit on {@code base} and a series on {@code series} whose patches change files in one or two
 * hunks, and now and then add, delete or rename one — written as one {@code git fast-import}
 * stream, which makes 70,000 files in seconds.
 */
final class SyntheticHistory {

    private static final String[] TOP = {"arch", "drivers", "fs", "include", "kernel", "lib", "mm", "net", "sound",
        "tools", "Documentation"};
    private static final int LINES = 24;

    private final int files;
    private final int patches;
    private final Map<String, String[]> content = new HashMap<>();
    private final List<String> paths = new ArrayList<>();
    private final Set<String> gone = new HashSet<>();

    SyntheticHistory(int files, int patches) {
        this.files = files;
        this.patches = patches;
    }

    static String path(int i) {
        return TOP[i % TOP.length] + "/sub" + (i / TOP.length) % 20 + "/leaf" + (i / (TOP.length * 20)) % 16
                + "/file" + i + ".c";
    }

    private static String[] initial(int i) {
        String[] l = new String[LINES];
        for (int j = 0; j < LINES; j++) {
            l[j] = "static int f" + i + "_" + j + "(void) { return " + j + "; }\n";
        }
        return l;
    }

    void write(Path stream) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(stream), 1 << 20)) {
            StringBuilder base = new StringBuilder();
            base.append("commit refs/heads/base\nmark :1\nauthor Bench Author <author@example.org> 1500000000 +0000\n")
                    .append("committer Bench Committer <bench@example.org> 1500000000 +0000\n");
            data(out, base, "base: " + files + " files\n");
            out.write(base.toString().getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < files; i++) {
                String p = path(i);
                String[] c = initial(i);
                content.put(p, c);
                paths.add(p);
                inline(out, p, c);
            }
            out.write('\n');
            for (int k = 1; k <= patches; k++) {
                StringBuilder h = new StringBuilder();
                h.append("commit refs/heads/series\n")
                        .append("author Dev Eloper").append(k % 7).append(" <dev").append(k % 7)
                        .append("@example.org> ").append(1600000000L + k * 3600L).append(k % 2 == 0 ? " +0200" : " -0500")
                        .append('\n').append("committer Bench Committer <bench@example.org> 1600000000 +0000\n");
                data(out, h, "subsys" + k % 13 + ": change number " + k + "\n\nWhy patch " + k
                        + " is needed, in a sentence or two.\n\nSigned-off-by: Dev Eloper" + k % 7 + " <dev" + k % 7
                        + "@example.org>\n");
                if (k == 1) {
                    h.append("from :1\n");
                }
                out.write(h.toString().getBytes(StandardCharsets.UTF_8));
                String a = pick(k * 7919L);
                change(a, (k % 15) + 2, k);
                inline(out, a, content.get(a));
                String b = pick(k * 104729L + 13);
                change(b, 3, k);
                change(b, LINES - 3, k);
                inline(out, b, content.get(b));
                if (k % 10 == 0) {
                    String n = "drivers/new/new" + k + ".c";
                    content.put(n, initial(files + k));
                    paths.add(n);
                    inline(out, n, content.get(n));
                }
                if (k % 20 == 5) {
                    String d = pick(k * 31337L + 7);
                    gone.add(d);
                    out.write(("D " + d + "\n").getBytes(StandardCharsets.UTF_8));
                }
                if (k % 25 == 3) {
                    String r = pick(k * 4241L + 3);
                    gone.add(r);
                    String to = r.replace(".c", "_renamed.c");
                    String[] c = content.get(r).clone();
                    c[5] = "/* renamed by patch " + k + " */\n";
                    content.put(to, c);
                    paths.add(to);
                    out.write(("D " + r + "\n").getBytes(StandardCharsets.UTF_8));
                    inline(out, to, c);
                }
                out.write('\n');
            }
        }
    }

    private String pick(long seed) {
        int i = (int) Math.floorMod(seed, (long) files);
        while (gone.contains(paths.get(i))) {
            i = (i + 1) % files;
        }
        return paths.get(i);
    }

    private void change(String path, int line, int k) {
        content.get(path)[line] = "static int changed_" + k + "_" + line + "(void) { return -" + k + "; }\n";
    }

    private static void data(OutputStream out, StringBuilder h, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        h.append("data ").append(b.length).append('\n').append(text);
    }

    private static void inline(OutputStream out, String path, String[] lines) throws IOException {
        StringBuilder c = new StringBuilder();
        for (String l : lines) {
            c.append(l);
        }
        byte[] b = c.toString().getBytes(StandardCharsets.UTF_8);
        out.write(("M 100644 inline " + path + "\ndata " + b.length + "\n").getBytes(StandardCharsets.UTF_8));
        out.write(b);
        out.write('\n');
    }
}
