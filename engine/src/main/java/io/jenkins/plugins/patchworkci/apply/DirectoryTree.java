package io.jenkins.plugins.patchworkci.apply;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing a directory with everything in it: work trees, kept mail, half-made mirrors. */
public final class DirectoryTree {

    private DirectoryTree() {
    }

    /**
     * Deletes {@code dir} and everything below it, deepest first; nothing when it is absent. Links are
     * removed, never followed, so a link a patched tree made cannot lead the deletion outside it.
     */
    public static void deleteIfExists(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
