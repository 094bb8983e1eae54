package io.jenkins.plugins.patchworkci.check;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary directory outside the work tree for files a tool reads (a patch as a mail, old and
 * new versions of a file), removed on close. It is made in the run's scratch directory (the
 * {@link BuildEnvironment}'s), so that what the tool run on it writes stays there too. Names inside
 * it are chosen by the check, never taken from mail; {@link #write} refuses paths that would leave
 * the directory.
 */
final class ScratchDir implements Closeable {

    private final Path dir;

    ScratchDir(BuildEnvironment environment, String prefix) throws IOException {
        this.dir = Files.createTempDirectory(environment.scratch(), "pwci-" + prefix + "-");
    }

    Path path() {
        return dir;
    }

    Path write(String relative, byte[] content) throws IOException {
        Path target = dir.resolve(relative).normalize();
        if (!target.startsWith(dir) || target.equals(dir)) {
            throw new IOException("refusing to write outside the scratch directory: " + relative);
        }
        Files.createDirectories(target.getParent());
        Files.write(target, content);
        return target;
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
