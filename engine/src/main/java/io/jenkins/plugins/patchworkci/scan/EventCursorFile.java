package io.jenkins.plugins.patchworkci.scan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.patchworkci.inbox.FileCursorStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The event cursors of every polled Patchwork project, in one JSON file, so polling resumes after a
 * restart from the last event it handled instead of from the newest ({@link EventPoll#resume}). The
 * file is replaced atomically on each save: a crash leaves the old cursors or the new ones, never a
 * torn file. A file that cannot be read is an {@link IOException} naming it; the caller then starts
 * afresh, and the next periodic scan catches what was missed.
 *
 * <pre>{"version":1,"cursors":[{"server":"kernel.org","project":"netdevbpf",
 *   "since":"2026-11-25T00:41:09.239773Z","seen":[42,43]}]}</pre>
 */
public final class EventCursorFile {

    /** One Patchwork project on one configured server. */
    public record Key(String server, String project) {
        public Key {
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(project, "project");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int VERSION = 1;

    private final Path file;
    private final FileCursorStore store;

    public EventCursorFile(Path file) {
        this.file = Objects.requireNonNull(file, "file");
        this.store = new FileCursorStore(file);
    }

    public Path file() {
        return file;
    }

    /** The stored cursors; empty when the file does not exist yet. */
    public Map<Key, EventCursor> load() throws IOException {
        String text = store.load();
        Map<Key, EventCursor> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        try {
            JsonNode root = JSON.readTree(text);
            if (root == null || root.path("version").asInt() != VERSION || !root.path("cursors").isArray()) {
                throw new IOException(file + ": not an event cursor file of version " + VERSION);
            }
            for (JsonNode c : root.get("cursors")) {
                List<Long> seen = new ArrayList<>();
                for (JsonNode id : c.path("seen")) {
                    if (!id.canConvertToLong()) {
                        throw new IOException(file + ": event id " + id + " is not a number");
                    }
                    seen.add(id.asLong());
                }
                String server = c.path("server").asText(null);
                String project = c.path("project").asText(null);
                String since = c.path("since").asText(null);
                if (server == null || project == null || since == null) {
                    throw new IOException(file + ": a cursor lacks server, project or since: " + c);
                }
                out.put(new Key(server, project), new EventCursor(Instant.parse(since), seen));
            }
        } catch (JsonProcessingException | DateTimeParseException e) {
            throw new IOException(file + ": unreadable event cursors: " + e.getMessage(), e);
        }
        return out;
    }

    /** Replaces the file with these cursors. */
    public void save(Map<Key, EventCursor> cursors) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        ArrayNode list = root.putArray("cursors");
        for (Map.Entry<Key, EventCursor> e : cursors.entrySet()) {
            ObjectNode c = list.addObject();
            c.put("server", e.getKey().server());
            c.put("project", e.getKey().project());
            c.put("since", e.getValue().since().toString());
            ArrayNode seen = c.putArray("seen");
            e.getValue().seen().forEach(seen::add);
        }
        store.save(JSON.writeValueAsString(root));
    }
}
