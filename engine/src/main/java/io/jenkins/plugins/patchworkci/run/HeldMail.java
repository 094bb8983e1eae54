package io.jenkins.plugins.patchworkci.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The messages of series that arrived incomplete, kept on disk until the rest arrives or the
 * hold times out. A source's cursor moves past what it delivered, so without this the patches
 * of a series split across two polls would never meet: each poll would see half a series.
 * One file per message (named by a hash of its Message-ID), its time the moment it was first held.
 */
final class HeldMail {

    /** A held message: its raw bytes and when it was first held. */
    record Held(byte[] raw, Instant since) {}

    private final Path dir;

    HeldMail(Path dir) {
        this.dir = dir;
    }

    private Path file(String messageId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(messageId.getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(h).substring(0, 32) + ".eml");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Held> all() throws IOException {
        List<Held> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".eml")).sorted().toList()) {
                out.add(new Held(Files.readAllBytes(f), Files.getLastModifiedTime(f).toInstant()));
            }
        }
        return out;
    }

    /** Holds a message; one already held keeps its first time. */
    void hold(String messageId, byte[] raw, Instant now) throws IOException {
        Path f = file(messageId);
        if (Files.exists(f)) {
            return;
        }
        Files.createDirectories(dir);
        Path tmp = f.resolveSibling(f.getFileName() + ".tmp");
        Files.write(tmp, raw);
        Files.setLastModifiedTime(tmp, FileTime.from(now));
        try {
            Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** When a message was first held, or null when it is not held. */
    @Nullable Instant since(String messageId) throws IOException {
        Path f = file(messageId);
        return Files.exists(f) ? Files.getLastModifiedTime(f).toInstant() : null;
    }

    boolean expired(String messageId, Instant now, Duration timeout) throws IOException {
        Instant since = since(messageId);
        return since != null && Duration.between(since, now).compareTo(timeout) > 0;
    }

    void release(String messageId) throws IOException {
        Files.deleteIfExists(file(messageId));
    }
}
