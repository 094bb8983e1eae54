package io.jenkins.plugins.patchworkci.apply;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How {@link WorkTree} puts a file's content on disk (into a new temporary file, renamed into place
 * afterwards). Production uses {@link #DIRECT}; the seam lets a test put a disk that fills up
 * half-way through a file under the real one, to prove a failed checkout leaves no half-written file
 * and no index that claims the new tree.
 */
@FunctionalInterface
public interface FileWrites {

    /** Writes through the file system, as {@link Files#newOutputStream}. */
    FileWrites DIRECT = (file, content) -> {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(content);
        }
    };

    /** Writes {@code content} to {@code file}, which exists and is empty. */
    void write(Path file, byte[] content) throws IOException;
}
