package io.jenkins.plugins.patchworkci.bench.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The suite's scratch directory: emptied at the start of a run (only files the suite made). */
final class WorkDir {

    static final String MARKER = ".pwci-bench";

    private WorkDir() {}

    static void reset(Path dir) throws IOException {
        if (Files.exists(dir)) {
            if (!Files.exists(dir.resolve(MARKER))) {
                try (Stream<Path> s = Files.list(dir)) {
                    if (s.findAny().isPresent()) {
                        throw new IOException(dir + " is not empty and was not made by the benchmark suite;"
                                + " choose another --work");
                    }
                }
            }
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(MARKER), "made by the benchmark suite; emptied by the next run\n");
    }
}
