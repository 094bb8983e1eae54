package io.jenkins.plugins.patchworkci.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.jenkins.plugins.patchworkci.series.SeriesId;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The runs' state on disk: one small JSON file per series version, replaced atomically (written
 * beside, then renamed), so a process killed at any point leaves either the old record or the
 * new one, never half of one. On restart, runs that were queued or running are found again and
 * run; finished ones are never repeated.
 */
public final class RunLedger {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;

    public RunLedger(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    private Path file(String seriesId, int version) {
        return dir.resolve(new SeriesId(seriesId).shortHash() + "-v" + version + ".json");
    }

    public synchronized Optional<RunRecord> get(String seriesId, int version) throws IOException {
        Path f = file(seriesId, version);
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        RunRecord r = JSON.readValue(f.toFile(), RunRecord.class);
        // Two Message-IDs could share a short hash; the record says whose it is.
        return r.seriesId().equals(seriesId) ? Optional.of(r) : Optional.empty();
    }

    public synchronized void put(RunRecord record) throws IOException {
        Path f = file(record.seriesId(), record.version());
        // A temporary name of its own: two runners on one work directory must not rename each other's file.
        Path tmp = Files.createTempFile(dir, f.getFileName() + ".", ".tmp");
        try {
            JSON.writeValue(tmp.toFile(), record);
            try {
                Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Claims held by this process: a second FileChannel lock on the same file in one JVM would throw. */
    private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The right to run one series version, held while it runs; the OS releases it if the process dies. */
    public static final class Claim implements AutoCloseable {
        private final Path file;
        private final java.nio.channels.FileChannel channel;

        private Claim(Path file, java.nio.channels.FileChannel channel) {
            this.file = file;
            this.channel = channel;
        }

        @Override
        public void close() throws IOException {
            try {
                channel.close(); // releases the lock
            } finally {
                HELD.remove(file);
            }
        }
    }

    /**
     * Claims a series version for this runner, or empty when another runner (of this process or
     * another) is running it: two runners on one work directory then never run one version twice.
     */
    public Optional<Claim> claim(String seriesId, int version) throws IOException {
        Path f = dir.resolve(new SeriesId(seriesId).shortHash() + "-v" + version + ".claim").toAbsolutePath();
        if (!HELD.add(f)) {
            return Optional.empty();
        }
        java.nio.channels.FileChannel ch = null;
        try {
            ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE);
            if (ch.tryLock() == null) {
                ch.close();
                HELD.remove(f);
                return Optional.empty();
            }
            return Optional.of(new Claim(f, ch));
        } catch (IOException | RuntimeException e) {
            if (ch != null) {
                ch.close();
            }
            HELD.remove(f);
            throw e;
        }
    }

    /** Every record, oldest file first. */
    public synchronized List<RunRecord> all() throws IOException {
        List<RunRecord> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(JSON.readValue(f.toFile(), RunRecord.class));
            }
        }
        return out;
    }

    /** Runs a crash or a stop left queued or running: they are run again on restart. */
    public List<RunRecord> unfinished() throws IOException {
        return all().stream().filter(r -> !r.status().finished()).toList();
    }
}
