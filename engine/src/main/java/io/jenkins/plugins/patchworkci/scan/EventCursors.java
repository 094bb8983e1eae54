package io.jenkins.plugins.patchworkci.scan;

import io.jenkins.plugins.patchworkci.scan.EventCursorFile.Key;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event poller's positions, one per Patchwork project, kept in memory and in an
 * {@link EventCursorFile} so a restart resumes from the last event handled. A stored cursor stays
 * stored until its project's first poll after the restart gets through: a Patchwork that is down when
 * Jenkins starts costs a delay, not the events. The file is written only when a position moved.
 * One poller uses an instance, one poll round at a time.
 */
public final class EventCursors {

    private final EventCursorFile file;
    private final Map<Key, EventCursor> current = new ConcurrentHashMap<>();
    /** Read from the file, not resumed yet. */
    private final Map<Key, EventCursor> stored = new ConcurrentHashMap<>();
    private Map<Key, EventCursor> saved = Map.of();
    private boolean loaded;

    public EventCursors(EventCursorFile file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /**
     * Reads the file, the first time only. A damaged file is an {@link IOException} naming it; the
     * projects then start afresh (after the newest event), and the next save replaces it.
     */
    public void loadOnce() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        Map<Key, EventCursor> read = file.load();
        stored.putAll(read);
        saved = Map.copyOf(read);
    }

    /** Forgets the projects no job polls any more. */
    public void retain(Set<Key> polled) {
        current.keySet().retainAll(polled);
        stored.keySet().retainAll(polled);
    }

    /**
     * One poll of a project: from where the last poll ended; after a restart, from the stored cursor
     * ({@link EventPoll#resume}); the first time ever, nothing but a cursor after the newest event. A
     * failed poll raises and moves nothing.
     */
    public List<HeadChange> poll(Key key, EventPoll poll) throws IOException, InterruptedException {
        EventCursor cursor = current.get(key);
        if (cursor == null) {
            EventCursor before = stored.get(key);
            cursor = poll.resume(before);
            current.put(key, cursor);
            stored.remove(key);
            if (cursor != before) {
                return List.of(); // a fresh start: only later events count
            }
        }
        EventPoll.Result result = poll.poll(cursor);
        current.put(key, result.next());
        return result.changes();
    }

    /** Writes the positions (current, and stored ones not resumed yet) if any moved since the last write. */
    public void save() throws IOException {
        Map<Key, EventCursor> now = new LinkedHashMap<>(stored);
        now.putAll(current);
        if (now.equals(saved)) {
            return;
        }
        file.save(now);
        saved = Map.copyOf(now);
    }
}
