package io.jenkins.plugins.patchworkci.apply;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.patch.FileHeader;
import org.eclipse.jgit.patch.Patch;

/**
 * The one place a diff is read into file headers (JGit's parser): the applier takes the headers
 * with their hunks, series assembly (through its parsers seam) the paths a patch touches.
 */
public final class DiffFiles {

    private DiffFiles() {}

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
        List<? extends FileHeader> files;
        try {
            files = parse(diff, 0, diff.length).getFiles();
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
