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
                    current.newPath = line.substring("rename to ".length());
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
        int tab = p.indexOf('\t');
        if (tab >= 0) {
            p = p.substring(0, tab);
        }
        return p.startsWith("a/") || p.startsWith("b/") ? p.substring(2) : p;
    }

    /** {@code a/x b/x}: the two halves are equal for an unrenamed file, so split in the middle. */
    private static String[] gitHeaderPaths(String rest) {
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
