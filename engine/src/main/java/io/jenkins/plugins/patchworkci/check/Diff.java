package io.jenkins.plugins.patchworkci.check;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff read into files, with each file's added and removed lines (without their
 * {@code +}/{@code -}), enough for the checks that grep a patch as NIPA's scripts grep
 * {@code git show}.
 *
 * @param files the files in diff order
 */
public record Diff(List<DiffFile> files) {

    public Diff {
        files = List.copyOf(files);
    }

    /**
     * One file of a diff.
     *
     * @param oldPath the path before ({@code null} side is the same as new for a created file)
     * @param newPath the path after
     * @param created whether the file is new ({@code new file mode} or {@code --- /dev/null})
     * @param deleted whether the file is deleted
     * @param added the added lines, in order
     * @param removed the removed lines, in order
     * @param body every line of the file's hunks, with their markers, for context in reports
     */
    public record DiffFile(String oldPath, String newPath, boolean created, boolean deleted,
            List<String> added, List<String> removed, List<String> body) {

        public DiffFile {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            body = List.copyOf(body);
        }

        /** The path that exists after the patch (the old path for a deletion). */
        public String path() {
            return deleted ? oldPath : newPath;
        }
    }

    public static Diff parse(String text) {
        List<DiffFile> files = new ArrayList<>();
        Builder current = null;
        boolean inHunk = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("diff --git ")) {
                if (current != null) {
                    files.add(current.build());
                }
                current = new Builder();
                String[] paths = gitHeaderPaths(line.substring("diff --git ".length()));
                current.oldPath = paths[0];
                current.newPath = paths[1];
                inHunk = false;
                continue;
            }
            if (current == null) {
                continue;
            }
            if (!inHunk) {
                if (line.startsWith("new file mode")) {
                    current.created = true;
                } else if (line.startsWith("deleted file mode")) {
                    current.deleted = true;
                } else if (line.startsWith("--- ")) {
                    String p = line.substring(4).strip();
                    if (p.equals("/dev/null")) {
                        current.created = true;
                    } else {
                        current.oldPath = stripPrefix(p);
                    }
                } else if (line.startsWith("+++ ")) {
                    String p = line.substring(4).strip();
                    if (p.equals("/dev/null")) {
                        current.deleted = true;
                    } else {
                        current.newPath = stripPrefix(p);
                    }
                } else if (line.startsWith("rename to ")) {
                    String to = line.substring("rename to ".length());
                    current.newPath = to.startsWith("\"") ? unquote(to) : to;
                } else if (line.startsWith("@@")) {
                    inHunk = startHunk(current, line);
                }
                continue;
            }
            // Inside a hunk, the header's counts say where it ends: a "-- " signature after the
            // last hunk is not a removed line.
            if (line.startsWith("+")) {
                current.added.add(line.substring(1));
                current.newLeft--;
            } else if (line.startsWith("-")) {
                current.removed.add(line.substring(1));
                current.oldLeft--;
            } else if (line.startsWith(" ") || line.isEmpty()) {
                current.oldLeft--;
                current.newLeft--;
            }
            current.body.add(line);
            if (current.oldLeft <= 0 && current.newLeft <= 0) {
                inHunk = false;
            }
        }
        if (current != null) {
            files.add(current.build());
        }
        return new Diff(files);
    }

    private static final java.util.regex.Pattern HUNK =
            java.util.regex.Pattern.compile("^@@ -\\d+(?:,(\\d+))? \\+\\d+(?:,(\\d+))? @@.*");

    private static boolean startHunk(Builder b, String line) {
        java.util.regex.Matcher m = HUNK.matcher(line);
        if (!m.matches()) {
            return false;
        }
        b.oldLeft = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
        b.newLeft = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        b.body.add(line);
        return b.oldLeft > 0 || b.newLeft > 0;
    }

    /** The paths of the files the diff touches (after the patch; the old path when deleted). */
    public List<String> paths() {
        return files.stream().map(DiffFile::path).toList();
    }

    private static String stripPrefix(String p) {
        if (p.startsWith("\"")) {
            p = unquote(p);
        } else {
            int tab = p.indexOf('\t');
            if (tab >= 0) {
                p = p.substring(0, tab);
            }
        }
        return p.startsWith("a/") || p.startsWith("b/") ? p.substring(2) : p;
    }

    /**
     * git's C-style quoting of unusual paths ({@code "a/f\303\266o.c"}): octal escapes are bytes of
     * UTF-8, and {@code \t \n \" \\} stand for themselves. Everything after the closing quote is dropped.
     */
    static String unquote(String quoted) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int i = 1;
        while (i < quoted.length() && quoted.charAt(i) != '"') {
            char c = quoted.charAt(i);
            if (c == '\\' && i + 1 < quoted.length()) {
                char n = quoted.charAt(i + 1);
                if (n >= '0' && n <= '7' && i + 3 < quoted.length()) {
                    out.write(Integer.parseInt(quoted.substring(i + 1, i + 4), 8));
                    i += 4;
                    continue;
                }
                out.write(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'a' -> 7;
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'r' -> '\r';
                    case 'v' -> 11;
                    default -> n;
                });
                i += 2;
                continue;
            }
            byte[] b = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.write(b, 0, b.length);
            i++;
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** {@code a/x b/x}: the two halves are equal for an unrenamed file, so split in the middle. */
    private static String[] gitHeaderPaths(String rest) {
        if (rest.startsWith("\"")) {
            int end = closingQuote(rest);
            String first = rest.substring(0, end + 1);
            String second = rest.substring(Math.min(rest.length(), end + 2));
            return new String[] {stripPrefix(first), stripPrefix(second)};
        }
        int mid = rest.length() / 2;
        if (rest.length() % 2 == 1 && rest.charAt(mid) == ' ') {
            String a = rest.substring(0, mid);
            String b = rest.substring(mid + 1);
            return new String[] {stripPrefix(a), stripPrefix(b)};
        }
        int sep = rest.indexOf(" b/");
        if (sep > 0) {
            return new String[] {stripPrefix(rest.substring(0, sep)), stripPrefix(rest.substring(sep + 1))};
        }
        return new String[] {rest, rest};
    }

    private static int closingQuote(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '"') {
                return i;
            }
        }
        return s.length() - 1;
    }

    private static final class Builder {
        String oldPath;
        String newPath;
        boolean created;
        boolean deleted;
        final List<String> added = new ArrayList<>();
        final List<String> removed = new ArrayList<>();
        final List<String> body = new ArrayList<>();
        int oldLeft;
        int newLeft;

        DiffFile build() {
            return new DiffFile(oldPath, newPath, created, deleted, added, removed, body);
        }
    }
}
