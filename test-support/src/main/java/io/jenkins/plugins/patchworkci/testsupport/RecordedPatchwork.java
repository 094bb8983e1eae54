package io.jenkins.plugins.patchworkci.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Patchwork 3.1 server on loopback (the JDK's HTTP server), answering with the recorded responses of
 * test-support's {@link PatchworkRecordings} ({@code test-support/src/main/resources/patchwork/}, recorded
 * data, see its README), cut to the project's recorded series 6
 * ("net: core: make a() return 1, add b() and c()", v2, three patches, its cover letter and its mbox),
 * with the recording origin replaced by this server's, as the engine's {@code scan.PatchworkFixture} does.
 * Check POSTs are stored, as Patchwork stores them (numbered, under the token's user {@code ci-bot}), and
 * answered with the recorded 201 carrying the stored fields; {@code GET .../checks/} lists a patch's stored
 * checks oldest first. {@link #outage} makes every request answer 503, as a Patchwork behind a restarting
 * proxy does; {@link #loseCheckAnswers} makes check posts lose their answer after they are stored.
 *
 * <p>Used by the plugin's JenkinsRule tests and by its controller integration test (AdminControllerIT).
 */
public final class RecordedPatchwork implements AutoCloseable {

    public static final String RECORDED_ORIGIN = PatchworkRecordings.RECORDED_ORIGIN;
    public static final long SERIES = 6;
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CHECKS = Pattern.compile("/api/1\\.3/patches/(\\d+)/checks/");

    /** A request as received: method, path (no query), its Authorization header (or null) and body. */
    public record Request(String method, String path, String authorization, String body) {}

    private final HttpServer server;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile boolean outage;
    private final Map<Long, List<JsonNode>> stored = new java.util.TreeMap<>();
    private int storedCount;
    private int answersToLose;
    private volatile String seriesMbox;
    /** While false, the project has no series (lists empty) and its event log ends before series 6 completed. */
    private volatile boolean series6Completed = true;

    public RecordedPatchwork() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        answers.put("/api/1.3/", recorded("api-1.3-index.json"));
        answers.put("/api/1.3/projects/", recorded("projects.json"));
        answers.put("/api/1.3/series/", onlySeries6(recordedArray("series-list.json"), false).toString());
        answers.put("/api/1.3/patches/", onlySeries6(recordedArray("patches-list.json"), true).toString());
        JsonNode cover = readTree(recorded("cover-3.json"));
        answers.put(URI.create(cover.get("mbox").asText()).getRawPath(), coverMail(cover));
        seriesMbox = recorded("series-6.mbox");
    }

    /** The root of the REST API, as an administrator enters it on the global page. */
    public String apiUrl() {
        return origin() + "/api/";
    }

    public String origin() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** Every request from now on answers 503 (or, with false, the recorded answers again). */
    public void outage(boolean value) {
        outage = value;
    }

    /** The next {@code count} check posts are stored, then answered 500, as a server failing after its commit does. */
    public synchronized void loseCheckAnswers(int count) {
        answersToLose = count;
    }

    /** The checks stored for a patch, oldest first. */
    public synchronized List<JsonNode> checksStored(long patchId) {
        return List.copyOf(stored.getOrDefault(patchId, List.of()));
    }

    /**
     * With false, the server is as just before series 6 completed: no series or patches listed, and the
     * event log (events-all.json) ends before its {@code series-completed} event; with true, as recorded.
     */
    public void series6Completed(boolean value) {
        series6Completed = value;
    }

    /** Replaces series 6's mbox (the mail of the patches, without the cover letter). */
    public void seriesMbox(String mbox) {
        seriesMbox = mbox;
    }

    /** The recorded mbox of series 6, with this server's origin. */
    public static String recordedSeriesMbox() {
        return recordedText("series-6.mbox");
    }

    /** The recorded series 6 (series-list.json), with the recording origin. */
    public static JsonNode recordedSeries6() {
        for (JsonNode s : readTree(recordedText("series-list.json"))) {
            if (s.get("id").asLong() == SERIES) {
                return s;
            }
        }
        throw new IllegalStateException("series-list.json has no series " + SERIES);
    }

    /** The recorded cover letter of series 6 (cover-3.json). */
    public static JsonNode recordedCover() {
        return readTree(recordedText("cover-3.json"));
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The check POSTs received with this Authorization header, by Patchwork patch id, as JSON bodies. */
    public Map<Long, List<JsonNode>> checksPosted(String authorization) {
        Map<Long, List<JsonNode>> out = new java.util.TreeMap<>();
        for (Request r : requests) {
            Matcher m = CHECKS.matcher(r.path());
            if (r.method().equals("POST") && m.matches() && authorization.equals(r.authorization())) {
                out.computeIfAbsent(Long.parseLong(m.group(1)), k -> new java.util.ArrayList<>()).add(readTree(r.body()));
            }
        }
        return out;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getRawPath();
            String body;
            try (InputStream in = ex.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            requests.add(new Request(ex.getRequestMethod(), path, ex.getRequestHeaders().getFirst("Authorization"), body));
            if (outage) {
                send(ex, 503, "text/html", "<h1>503 Service Unavailable</h1>");
                return;
            }
            Matcher checks = CHECKS.matcher(path);
            if (checks.matches()) {
                checks(ex, Long.parseLong(checks.group(1)), body);
                return;
            }
            if (!ex.getRequestMethod().equals("GET")) {
                send(ex, 405, "application/json", "{\"detail\": \"Method not allowed.\"}");
                return;
            }
            if (path.equals("/api/1.3/events/")) {
                send(ex, 200, "application/json", events(ex.getRequestURI().getRawQuery()));
                return;
            }
            if (!series6Completed && (path.equals("/api/1.3/series/") || path.equals("/api/1.3/patches/"))) {
                send(ex, 200, "application/json", "[]");
                return;
            }
            if (path.equals(URI.create(recordedSeries6().get("mbox").asText()).getRawPath())) {
                send(ex, 200, "application/mbox", seriesMbox);
                return;
            }
            String answer = answers.get(path);
            if (answer == null) {
                send(ex, 404, "application/json", "{\"detail\": \"Not found.\"}");
            } else {
                send(ex, 200, path.endsWith("/mbox/") ? "application/mbox" : "application/json", answer);
            }
        }
    }

    /** A check post stored (and answered, or its answer lost), or a patch's stored checks listed. */
    private synchronized void checks(HttpExchange ex, long patchId, String body) throws IOException {
        List<JsonNode> onPatch = stored.computeIfAbsent(patchId, k -> new java.util.ArrayList<>());
        if (ex.getRequestMethod().equals("GET")) {
            ArrayNode list = JSON.createArrayNode();
            onPatch.forEach(list::add);
            send(ex, 200, "application/json", list.toString());
            return;
        }
        com.fasterxml.jackson.databind.node.ObjectNode check = (com.fasterxml.jackson.databind.node.ObjectNode)
                readTree(recorded("check-post-response.txt").lines().findFirst().orElseThrow());
        JsonNode posted = readTree(body);
        int id = ++storedCount;
        check.put("id", id).put("url", origin() + "/api/1.3/patches/" + patchId + "/checks/" + id + "/");
        for (String field : List.of("state", "context", "description", "target_url")) {
            check.set(field, posted.get(field));
        }
        onPatch.add(check);
        if (answersToLose > 0) {
            answersToLose--;
            send(ex, 500, "text/html", "<h1>Server Error (500)</h1>");
        } else {
            send(ex, 201, "application/json", check.toString());
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * The recorded event log as Patchwork filters it: {@code since} (at or after), {@code order=date} oldest
     * first (else newest first), {@code per_page}; one page, so no {@code Link} header.
     */
    private String events(String rawQuery) {
        Map<String, String> query = new java.util.HashMap<>();
        for (String pair : rawQuery == null ? new String[0] : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            query.put(java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        long completedId = -1;
        List<JsonNode> events = new java.util.ArrayList<>();
        for (JsonNode e : recordedArray("events-all.json")) {
            events.add(e);
            if (e.get("category").asText().equals("series-completed")
                    && e.path("payload").path("series").path("id").asLong() == SERIES) {
                completedId = e.get("id").asLong();
            }
        }
        long last = series6Completed ? Long.MAX_VALUE : completedId - 1;
        java.time.LocalDateTime since = query.containsKey("since")
                ? java.time.LocalDateTime.parse(query.get("since").replaceFirst("Z$", "")) : null;
        List<JsonNode> kept = new java.util.ArrayList<>(events.stream()
                .filter(e -> e.get("id").asLong() <= last)
                .filter(e -> since == null || !java.time.LocalDateTime.parse(e.get("date").asText()).isBefore(since))
                .toList());
        kept.sort(java.util.Comparator.comparing((JsonNode e) -> e.get("date").asText()));
        if (!"date".equals(query.get("order"))) {
            java.util.Collections.reverse(kept);
        }
        int perPage = query.containsKey("per_page") ? Integer.parseInt(query.get("per_page")) : kept.size();
        ArrayNode page = JSON.createArrayNode();
        kept.stream().limit(perPage).forEach(page::add);
        return page.toString();
    }

    /** Keeps series 6 (or, for patches, the patches of series 6) of a recorded list. */
    private static ArrayNode onlySeries6(ArrayNode list, boolean patches) {
        for (Iterator<JsonNode> it = list.iterator(); it.hasNext(); ) {
            JsonNode n = it.next();
            long series = patches ? n.get("series").get(0).get("id").asLong() : n.get("id").asLong();
            if (series != SERIES) {
                it.remove();
            }
        }
        return list;
    }

    /** The recorded cover letter as Patchwork's cover mbox serves it: its headers, a blank line, its content. */
    private static String coverMail(JsonNode cover) {
        StringBuilder m = new StringBuilder("From patchwork Wed Nov 25 00:40:26 2026\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = cover.get("headers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            m.append(e.getKey()).append(": ").append(e.getValue().asText()).append('\n');
        }
        return m.append('\n').append(cover.get("content").asText()).append("\n\n").toString();
    }

    private String recorded(String name) {
        return recordedText(name).replace(RECORDED_ORIGIN, origin());
    }

    private ArrayNode recordedArray(String name) {
        return (ArrayNode) readTree(recorded(name));
    }

    private static String recordedText(String name) {
        return PatchworkRecordings.text(name);
    }

    private static JsonNode readTree(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
