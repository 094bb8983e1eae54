package io.jenkins.plugins.patchworkci.run;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.patchworkci.apply.DirectoryTree;
import io.jenkins.plugins.patchworkci.intake.SeriesOrigin;
import io.jenkins.plugins.patchworkci.series.SeriesId;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The mail of series versions whose run broke and waits to be tried again. A source's cursor moves
 * past a version once its run is recorded, so an error's mail would not come again from the source:
 * it is kept here (raw, as received, with where it came from) until the retry ends the version for
 * good. One folder per version, written beside and renamed into place, so a crash leaves it whole
 * or absent.
 */
final class RetryMail {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One kept version: its messages, raw, and its origin. */
    record Kept(List<byte[]> raw, SeriesOrigin origin) {}

    private final Path dir;

    RetryMail(Path dir) {
        this.dir = dir;
    }

    private Path folder(String seriesId, int version) {
        return dir.resolve(new SeriesId(seriesId).shortHash() + "-v" + version);
    }

    /** Keeps (or keeps again, replacing) a version's messages until {@link #release}. */
    void keep(String seriesId, int version, List<byte[]> raw, SeriesOrigin origin) throws IOException {
        Path f = folder(seriesId, version);
        if (Files.isDirectory(f)) {
            return; // the mail of a version does not change; kept by an earlier attempt
        }
        Files.createDirectories(dir);
        Path tmp = Files.createTempDirectory(dir, f.getFileName() + ".");
        try {
            for (int i = 0; i < raw.size(); i++) {
                Files.write(tmp.resolve(String.format("%04d.eml", i)), raw.get(i));
            }
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("source", origin.source());
            origin.patchworkProject().ifPresent(p -> o.put("patchworkProject", p));
            origin.patchworkSeriesId().ifPresent(p -> o.put("patchworkSeriesId", p));
            origin.patchworkSeriesUrl().ifPresent(p -> o.put("patchworkSeriesUrl", p));
            origin.archive().ifPresent(a -> o.put("archive", a));
            o.put("patchIds", origin.patchIds());
            o.put("patchUrls", origin.patchUrls());
            JSON.writeValue(tmp.resolve("origin.json").toFile(), o);
            try {
                Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f);
            }
        } finally {
            DirectoryTree.deleteIfExists(tmp);
        }
    }

    /** Every kept version; a folder that cannot be read is skipped, named in {@code problems}. */
    List<Kept> all(List<String> problems) throws IOException {
        List<Kept> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        List<Path> folders;
        try (Stream<Path> s = Files.list(dir)) {
            folders = s.filter(p -> Files.isDirectory(p) && Files.exists(p.resolve("origin.json"))).sorted().toList();
        }
        for (Path f : folders) {
            try {
                List<byte[]> raw = new ArrayList<>();
                try (Stream<Path> s = Files.list(f)) {
                    for (Path m : s.filter(p -> p.toString().endsWith(".eml")).sorted().toList()) {
                        raw.add(Files.readAllBytes(m));
                    }
                }
                Map<String, Object> o = JSON.readValue(f.resolve("origin.json").toFile(), new TypeReference<>() {});
                Map<String, Long> ids = new LinkedHashMap<>();
                map(o.get("patchIds")).forEach((k, v) -> ids.put(k, ((Number) v).longValue()));
                Map<String, String> urls = new LinkedHashMap<>();
                map(o.get("patchUrls")).forEach((k, v) -> urls.put(k, String.valueOf(v)));
                out.add(new Kept(raw, new SeriesOrigin(String.valueOf(o.get("source")),
                        Optional.ofNullable((String) o.get("patchworkProject")),
                        Optional.ofNullable((Number) o.get("patchworkSeriesId")).map(Number::longValue),
                        Optional.ofNullable((String) o.get("patchworkSeriesUrl")), ids, urls,
                        Optional.ofNullable((String) o.get("archive")))));
            } catch (IOException | RuntimeException e) {
                problems.add("mail kept for a retry in " + f + " cannot be read: " + e.getMessage());
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** Forgets a version's mail: it ended for good (done, superseded, or out of attempts). */
    void release(String seriesId, int version) throws IOException {
        DirectoryTree.deleteIfExists(folder(seriesId, version));
    }
}
