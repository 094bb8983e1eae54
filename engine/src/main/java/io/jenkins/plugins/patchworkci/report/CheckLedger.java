package io.jenkins.plugins.patchworkci.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What this site last posted to Patchwork per (patch, context), kept in a JSON file so a restart
 * neither reposts what Patchwork already shows nor loses track of a pending check it must time
 * out. Every change is written at once, atomically.
 */
public final class CheckLedger {

    /** One ledger line: what was posted last, and since when this state has stood. */
    public record Entry(long patchId, @NonNull CheckPost posted, @NonNull Instant since) {
        public Entry {
            Objects.requireNonNull(posted, "posted");
            Objects.requireNonNull(since, "since");
        }
    }

    private static final ObjectMapper JSON = RunJson.mapper();

    private final Path file;
    private final Map<String, Entry> entries;

    private CheckLedger(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** Opens the ledger at {@code file}, empty when the file does not exist yet. */
    public static CheckLedger open(@NonNull Path file) throws IOException {
        Map<String, Entry> entries = new TreeMap<>();
        if (Files.exists(file)) {
            try {
                List<Entry> list = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8),
                        new TypeReference<List<Entry>>() {});
                for (Entry e : list) {
                    entries.put(key(e.patchId(), e.posted().context()), e);
                }
            } catch (IOException e) {
                throw new IOException("check ledger " + file + " is unreadable (" + e.getMessage()
                        + "); move it aside to start a new one", e);
            }
        }
        return new CheckLedger(file, entries);
    }

    @CheckForNull
    public synchronized Entry get(long patchId, String context) {
        return entries.get(key(patchId, context));
    }

    public synchronized boolean knows(long patchId) {
        return entries.values().stream().anyMatch(e -> e.patchId() == patchId);
    }

    /** Records a post; {@code since} is kept when only the description or URL changed. */
    public synchronized void record(long patchId, CheckPost posted, Instant at) throws IOException {
        Entry before = get(patchId, posted.context());
        Instant since = before != null && before.posted().state() == posted.state() ? before.since() : at;
        entries.put(key(patchId, posted.context()), new Entry(patchId, posted, since));
        save();
    }

    /** Every entry, in key order. */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    private void save() throws IOException {
        AtomicFile.write(file, JSON.writeValueAsBytes(List.copyOf(entries.values())));
    }

    private static String key(long patchId, String context) {
        return String.format("%012d/%s", patchId, context);
    }
}
