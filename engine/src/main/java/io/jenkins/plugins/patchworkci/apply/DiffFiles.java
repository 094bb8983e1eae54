package io.jenkins.plugins.patchworkci.apply;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.patch.FileHeader;
import org.eclipse.jgit.patch.Patch;

/**
 * The one place a diff is read into file headers (JGit's parser): the applier takes the headers
 * with their hunks, series assembly (through its parsers seam) the paths a patch touches. Both
 * read a diff in the same {@link #spans}, so both see every file of a traditional diff.
 */
public final class DiffFiles {

    private DiffFiles() {}

    /** A part of a diff JGit reads at once: {@code diff[start, end)}. */
    record Span(int start, int end) {}

    /**
     * The parts of a diff JGit reads one at a time: the whole of a git diff; each file of a
     * traditional one ({@code diff -u}, quilt), as JGit would give every hunk after the first
     * {@code ---}/{@code +++} pair to that first file (the first part also holds any text before;
     * none when no pair is found).
     */
    static List<Span> spans(byte[] diff) {
        if (!TraditionalDiff.isTraditional(diff)) {
            return List.of(new Span(0, diff.length));
        }
        List<Integer> starts = TraditionalDiff.fileStarts(diff);
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            spans.add(new Span(i == 0 ? 0 : starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : diff.length));
        }
        return spans;
    }

    /** JGit's reading of {@code diff[start, end)}; may throw on a mangled patch, as JGit trusts the counts it reads. */
    static Patch parse(byte[] diff, int start, int end) {
        Patch p = new Patch();
        p.parse(diff, start, end);
        return p;
    }

    /**
     * The paths a diff touches, old and new names of renames and copies, in diff order, without
     * {@code /dev/null}. A diff JGit cannot read gives the paths of none of its files: the applier
     * refuses it later, naming the reason.
     */
    public static List<String> touchedPaths(byte[] diff) {
        List<FileHeader> files = new ArrayList<>();
        try {
            for (Span s : spans(diff)) {
                files.addAll(parse(diff, s.start(), s.end()).getFiles());
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        Set<String> paths = new LinkedHashSet<>();
        for (FileHeader f : files) {
            for (String p : List.of(String.valueOf(f.getOldPath()), String.valueOf(f.getNewPath()))) {
                if (!p.equals(DiffEntry.DEV_NULL) && !p.equals("null")) {
                    paths.add(p);
                }
            }
        }
        return List.copyOf(paths);
    }
}
