package io.jenkins.plugins.patchworkci.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What this site last posted to Patchwork per (patch, context), kept in a JSON Lines file so a
 * restart neither reposts what Patchwork already shows nor loses track of a pending check it must
 * time out. A busy list means thousands of posts a day, so each post appends one line (the last
 * line for a key wins) instead of rewriting the file; opening the ledger compacts it, dropping
 * final states older than the retention (a series that old is not re-run, and if it is, one
 * repost is harmless). Pending entries are kept until they are settled or time out.
 *
 * <p>A post is written twice: {@link #begin} before the request (an <em>intent</em>, forced to
 * disk), {@link #record} after Patchwork confirmed it. A process killed anywhere in between leaves
 * the intent as the last word for that key, so the next run knows it cannot tell whether Patchwork
 * has the check and asks Patchwork instead of posting again ({@link PatchworkReporter}).
 */
public final class CheckLedger {

    /** How long settled entries are kept by default. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(60);

    /**
     * One ledger line: what was posted last, and since when this state has stood.
     *
     * @param intent true when the post was begun and its answer never written down: it may or may
     *     not be on Patchwork (absent from lines written before intents existed: those were confirmed)
     */
    public record Entry(long patchId, CheckPost posted, Instant since,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean intent) {
        public Entry {
            Objects.requireNonNull(posted, "posted");
            Objects.requireNonNull(since, "since");
        }
    }

    /** A line saying a key is no longer known: a begun post Patchwork turned out not to have. */
    private record Forgotten(long forgotten, String context) {}

    private static final ObjectMapper JSON = RunJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Map<String, Entry> entries;

    private CheckLedger(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** Opens the ledger at {@code file} (empty when it does not exist yet), keeping settled entries {@link #DEFAULT_RETENTION}. */
    public static CheckLedger open(Path file) throws IOException {
        return open(file, DEFAULT_RETENTION, Instant.now());
    }

    /** Opens and compacts the ledger: final entries whose state stood since before {@code now - retention} are dropped. */
    public static CheckLedger open(Path file, Duration retention, Instant now)
            throws IOException {
        Map<String, Entry> entries = new TreeMap<>();
        if (Files.exists(file)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = JSON.readTree(line);
                    if (node.has("forgotten")) {
                        Forgotten f = JSON.treeToValue(node, Forgotten.class);
                        entries.remove(key(f.forgotten(), f.context()));
                        continue;
                    }
                    Entry e = JSON.treeToValue(node, Entry.class);
                    entries.put(key(e.patchId(), e.posted().context()), e);
                } catch (IOException | IllegalArgumentException e) {
                    if (i == lines.size() - 1) {
                        continue; // a line cut short by a crash mid-append: that post is simply not known
                    }
                    throw new IOException("check ledger " + file + " line " + (i + 1) + " is unreadable ("
                            + e.getMessage() + "); move the file aside to start a new one", e);
                }
            }
            Instant horizon = now.minus(retention);
            entries.values().removeIf(e -> e.posted().state().isFinal() && e.since().isBefore(horizon));
            CheckLedger ledger = new CheckLedger(file, entries);
            ledger.compact();
            return ledger;
        }
        return new CheckLedger(file, entries);
    }

    @Nullable
    public synchronized Entry get(long patchId, String context) {
        return entries.get(key(patchId, context));
    }

    public synchronized boolean knows(long patchId) {
        String prefix = String.format("%012d/", patchId);
        String next = ((TreeMap<String, Entry>) entries).ceilingKey(prefix);
        return next != null && next.startsWith(prefix);
    }

    /** Whether a post on this patch was begun and never confirmed: only Patchwork can tell what it holds. */
    public synchronized boolean unsure(long patchId) {
        String prefix = String.format("%012d/", patchId);
        return ((TreeMap<String, Entry>) entries).tailMap(prefix).entrySet().stream()
                .takeWhile(e -> e.getKey().startsWith(prefix)).anyMatch(e -> e.getValue().intent());
    }

    /**
     * Writes, before posting, that this post is about to be sent. The line is on disk (synced)
     * before this returns, so no request leaves without a trace a restart can find.
     */
    public synchronized void begin(long patchId, CheckPost posting, Instant at) throws IOException {
        append(entry(patchId, posting, at, true), true);
    }

    /**
     * Records a post Patchwork confirmed (or a check it was seen to hold); {@code since} is kept
     * when only the description or URL changed.
     */
    public synchronized void record(long patchId, CheckPost posted, Instant at) throws IOException {
        append(entry(patchId, posted, at, false), false);
    }

    /** Puts back what stood before a begun post Patchwork refused (it stored nothing). */
    public synchronized void restore(long patchId, String context, @Nullable Entry before) throws IOException {
        if (before != null) {
            append(before, false);
        } else {
            forget(patchId, context);
        }
    }

    /** Drops what is known of a key: Patchwork holds no check of this context from us. */
    public synchronized void forget(long patchId, String context) throws IOException {
        if (entries.containsKey(key(patchId, context))) {
            write(JSON.writeValueAsString(new Forgotten(patchId, context)), false);
            entries.remove(key(patchId, context));
        }
    }

    private Entry entry(long patchId, CheckPost posted, Instant at, boolean intent) {
        Entry before = get(patchId, posted.context());
        Instant since = before != null && before.posted().state() == posted.state() ? before.since() : at;
        return new Entry(patchId, posted, since, intent);
    }

    private void append(Entry entry, boolean sync) throws IOException {
        write(JSON.writeValueAsString(entry), sync);
        entries.put(key(entry.patchId(), entry.posted().context()), entry);
    }

    private void write(String line, boolean sync) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (sync) {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.DSYNC);
        } else {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }

    /** Every entry, in (patch, context) order. */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    private void compact() throws IOException {
        StringBuilder text = new StringBuilder();
        for (Entry e : entries.values()) {
            text.append(JSON.writeValueAsString(e)).append('\n');
        }
        AtomicFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String key(long patchId, String context) {
        return String.format("%012d/%s", patchId, context);
    }
}
