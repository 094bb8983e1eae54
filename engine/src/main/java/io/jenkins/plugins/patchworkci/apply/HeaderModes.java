package io.jenkins.plugins.patchworkci.apply;

import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.patch.FileHeader;
import org.jspecify.annotations.Nullable;

/**
 * The modes a diff header states explicitly. JGit also copies the mode of the {@code index}
 * line into both, but git takes that one as the old mode only: a file keeps its mode unless
 * the patch says {@code new mode}.
 */
record HeaderModes(@Nullable FileMode oldMode, @Nullable FileMode newMode) {
    static HeaderModes read(FileHeader fh) {
        byte[] buf = fh.getBuffer();
        int end = fh.getHunks().isEmpty() ? fh.getEndOffset() : fh.getHunks().get(0).getStartOffset();
        FileMode oldMode = null;
        FileMode newMode = null;
        int p = fh.getStartOffset();
        while (p < end) {
            int e = Hunk.lineEnd(buf, p, end);
            String line = new String(buf, p, e - p, StandardCharsets.US_ASCII).trim();
            if (line.startsWith("GIT binary patch") || line.startsWith("@@")) {
                break;
            }
            if (line.startsWith("old mode ") || line.startsWith("deleted file mode ")) {
                oldMode = mode(line);
            } else if (line.startsWith("new mode ") || line.startsWith("new file mode ")) {
                newMode = mode(line);
            } else if (line.startsWith("index ") && line.lastIndexOf(' ') > 6 && oldMode == null) {
                oldMode = mode(line);
            }
            p = e;
        }
        return new HeaderModes(oldMode, newMode);
    }

    @Nullable
    private static FileMode mode(String line) {
        String m = line.substring(line.lastIndexOf(' ') + 1);
        // Octal digits only: a sign ('-1') or a huge value makes JGit's FileMode.fromBits throw.
        if (!m.matches("[0-7]{1,7}")) {
            return null;
        }
        return FileMode.fromBits(Integer.parseInt(m, 8));
    }
}
