package io.jenkins.plugins.patchworkci.inbox;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A directory of mail files as a {@link Source}: a maildir ({@code new/} and {@code cur/}, one message per
 * file) or a directory of {@code .patch} files ({@code git format-patch} output, each a one-message mbox).
 * Each file not yet delivered, or whose content changed, is one {@link Arrival}; files are read in name
 * order, numbers compared by value ({@code 0002-x.patch} before {@code 0010-y.patch}). Only regular files
 * count: symbolic links are not followed, so nothing outside the directory is read. A poll reads the
 * directory listing and only the files whose size or modification time changed; a changed file is
 * delivered again only if its content (SHA-256) changed.
 */
public final class DirectorySource implements Source<FileSetCursor> {

    /** What the directory holds. */
    public enum Layout {
        /** {@code new/} and {@code cur/} subdirectories, one raw message per file. */
        MAILDIR,
        /** Files ending in {@code .patch} directly in the directory, each a one-message mbox. */
        PATCHES
    }

    private final Path dir;
    private final Layout layout;

    public DirectorySource(Path dir, Layout layout) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    @Override
    public String describe() {
        return (layout == Layout.MAILDIR ? "maildir " : "patch directory ") + dir;
    }

    @Override
    public Class<FileSetCursor> cursorType() {
        return FileSetCursor.class;
    }

    /** Everything present now counts as delivered. */
    @Override
    public FileSetCursor initialCursor() throws IOException {
        Map<String, String> now = new TreeMap<>();
        for (Map.Entry<String, Path> f : files().entrySet()) {
            now.put(f.getKey(), stamp(f.getValue()) + FileFingerprint.of(Files.readAllBytes(f.getValue())));
        }
        return new FileSetCursor(now);
    }

    @Override
    public Poll<FileSetCursor> poll(FileSetCursor cursor) throws IOException {
        Map<String, String> next = new TreeMap<>();
        List<Arrival> arrivals = new ArrayList<>();
        for (Map.Entry<String, Path> f : files().entrySet()) {
            String before = cursor.delivered().get(f.getKey());
            String stamp = stamp(f.getValue());
            if (before != null && before.startsWith(stamp)) {
                next.put(f.getKey(), before); // same size and time: not read again
                continue;
            }
            byte[] bytes = Files.readAllBytes(f.getValue());
            String print = FileFingerprint.of(bytes);
            next.put(f.getKey(), stamp + print);
            if (before != null && before.endsWith(":" + print)) {
                continue; // touched, not changed
            }
            Map<String, String> meta = new LinkedHashMap<>();
            meta.put("local.path", f.getValue().toString());
            meta.put("local.sha256", print);
            arrivals.add(new Arrival(f.getKey(), layout == Layout.MAILDIR ? MailFormat.MESSAGE : MailFormat.MBOXO,
                    bytes, meta, true));
        }
        return new Poll<>(arrivals, new FileSetCursor(next));
    }

    /** {@code <size>:<modified millis>:}, the quick check before a file is read and fingerprinted. */
    private static String stamp(Path p) throws IOException {
        return Files.size(p) + ":" + Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis() + ":";
    }

    /** Key to path, in delivery order. */
    private Map<String, Path> files() throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(describe() + " is not a directory");
        }
        Map<String, Path> found = new HashMap<>();
        if (layout == Layout.MAILDIR) {
            for (String sub : List.of("new", "cur")) {
                Path d = dir.resolve(sub);
                if (!Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException(describe() + " is not a maildir: no " + sub + "/ directory");
                }
                list(d, name -> !name.startsWith("."), found, true);
            }
        } else {
            list(dir, name -> name.endsWith(".patch") && !name.startsWith("."), found, false);
        }
        Map<String, Path> ordered = new TreeMap<>(DirectorySource::compareNames);
        ordered.putAll(found);
        return ordered;
    }

    private static void list(Path d, java.util.function.Predicate<String> wanted, Map<String, Path> into,
            boolean maildirName) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(d)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                if (!wanted.test(name) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                // a maildir message keeps its unique name when it moves from new/ to cur/ and gains flags
                int flags = name.indexOf(':');
                into.putIfAbsent(maildirName && flags > 0 ? name.substring(0, flags) : name, p);
            }
        }
    }

    /** Digit runs by value, everything else by character (as git's maildir order). */
    static int compareNames(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int ei = i;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                int ej = j;
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                java.math.BigInteger nx = new java.math.BigInteger(a.substring(i, ei));
                java.math.BigInteger ny = new java.math.BigInteger(b.substring(j, ej));
                int c = nx.compareTo(ny);
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }
}
