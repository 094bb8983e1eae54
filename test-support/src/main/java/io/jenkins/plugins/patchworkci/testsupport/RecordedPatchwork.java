package io.jenkins.plugins.patchworkci.testsupport;

import static io.jenkins.plugins.patchworkci.testsupport.PatchworkRecordings.tree;

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
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

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
 * <p>Two ways to use it. As {@link StubbedPatchwork} is, a static JUnit 5 extension ({@code @RegisterExtension
 * static final RecordedPatchwork patchwork = new RecordedPatchwork();}): it starts once for the class, is
 * {@link #reset} before each test and stops after the class (the engine's exactly-once tests). Or plainly, a
 * server per test closed by its test (the plugin's JenkinsRule tests, through their {@code RecordedPatchworkSetup},
 * and its controller integration test, AdminControllerIT).
 */
public final class RecordedPatchwork implements BeforeEachCallback, AfterAllCallback, AutoCloseable {

    public static final String RECORDED_ORIGIN = PatchworkRecordings.RECORDED_ORIGIN;
    public static final long SERIES = 6;
    public static final ObjectMapper JSON = PatchworkRecordings.JSON;
    private static final Pattern CHECKS = Pattern.compile("/api/1\\.3/patches/(\\d+)/checks/");

    /** What happens to the answer of a check post. */
    public enum LostAnswer {
        /** Answered 201 as recorded. */
        NONE,
        /** Stored, then answered 500 (a failure after the commit, a proxy's error page). */
        STORED_THEN_500,
        /** Stored, then answered after {@link #LATE_ANSWER}, too late for a client's timeout. */
        STORED_THEN_TIMEOUT,
        /** Stored, then the connection breaks in the middle of the answer. */
        STORED_THEN_RESET,
        /** Not stored: answered 500 before the commit (the post must be sent again). */
        NOT_STORED_500
    }

    /** How late a {@link LostAnswer#STORED_THEN_TIMEOUT} answer comes. */
    public static final java.time.Duration LATE_ANSWER = java.time.Duration.ofMillis(2100);

    /** A request as received: method, path (no query), its Authorization header (or null) and body. */
    public record Request(String method, String path, String authorization, String body) {}

    private final HttpServer server;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile boolean outage;
    private final Map<Long, List<JsonNode>> stored = new java.util.TreeMap<>();
    private int storedCount;
    private int posts;
    private volatile IntFunction<LostAnswer> lose = n -> LostAnswer.NONE;
    private volatile String seriesMbox;
    /** While false, the project has no series (lists empty) and its event log ends before series 6 completed. */
    private volatile boolean series6Completed = true;

    /** Starts the server on a free loopback port; unchecked, so that a static extension field can start it. */
    public RecordedPatchwork() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        // a thread per request: a late answer must not hold up the requests that follow it
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        answers.put("/api/1.3/", recorded("api-1.3-index.json"));
        answers.put("/api/1.3/projects/", recorded("projects.json"));
        answers.put("/api/1.3/series/", onlySeries6(recordedArray("series-list.json"), false).toString());
        answers.put("/api/1.3/patches/", onlySeries6(recordedArray("patches-list.json"), true).toString());
        JsonNode cover = tree(recorded("cover-3.json"));
        answers.put(URI.create(cover.get("mbox").asText()).getRawPath(), coverMail(cover));
        seriesMbox = recorded("series-6.mbox");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
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
        int from = posts;
        lose = n -> n <= from + count ? LostAnswer.STORED_THEN_500 : LostAnswer.NONE;
    }

    /** How the n-th check post (counted from 1 since the start or the last reset) has its answer lost. */
    public void loseAnswers(IntFunction<LostAnswer> nthPost) {
        lose = nthPost;
    }

    /** Forgets every check and request; no outage, every post answered normally again. */
    public synchronized void reset() {
        stored.clear();
        requests.clear();
        storedCount = 0;
        posts = 0;
        lose = n -> LostAnswer.NONE;
        outage = false;
    }

    /** Every stored check, by patch id, oldest first. */
    public synchronized Map<Long, List<JsonNode>> checks() {
        Map<Long, List<JsonNode>> copy = new java.util.TreeMap<>();
        stored.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }

    /** How many requests of this method ({@code GET}, {@code POST}) reached the checks of a patch. */
    public long checkRequests(String method) {
        return requests.stream().filter(r -> r.method().equals(method) && CHECKS.matcher(r.path()).matches()).count();
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
        for (JsonNode s : tree(recordedText("series-list.json"))) {
            if (s.get("id").asLong() == SERIES) {
                return s;
            }
        }
        throw new IllegalStateException("series-list.json has no series " + SERIES);
    }

    /** The recorded cover letter of series 6 (cover-3.json). */
    public static JsonNode recordedCover() {
        return tree(recordedText("cover-3.json"));
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
                out.computeIfAbsent(Long.parseLong(m.group(1)), k -> new java.util.ArrayList<>()).add(tree(r.body()));
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
    private void checks(HttpExchange ex, long patchId, String body) throws IOException {
        LostAnswer lost;
        JsonNode check;
        synchronized (this) {
            List<JsonNode> onPatch = stored.computeIfAbsent(patchId, k -> new java.util.ArrayList<>());
            if (ex.getRequestMethod().equals("GET")) {
                ArrayNode list = JSON.createArrayNode();
                onPatch.forEach(list::add);
                send(ex, 200, "application/json", list.toString());
                return;
            }
            lost = lose.apply(++posts);
            if (lost == LostAnswer.NOT_STORED_500) {
                send(ex, 500, "text/html", "<h1>Server Error (500)</h1>");
                return;
            }
            check = stored(patchId, body);
            onPatch.add(check);
        }
        // answered outside the lock: a late answer must not hold up the posts and lists that follow it
        switch (lost) {
            case NONE -> created(ex, check);
            case STORED_THEN_500 -> send(ex, 500, "text/html", "<h1>Server Error (500)</h1>");
            case STORED_THEN_TIMEOUT -> {
                try {
                    Thread.sleep(LATE_ANSWER.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                created(ex, check);
            }
            case STORED_THEN_RESET -> {
                // headers promise the whole answer, the connection ends before it: the client reads a broken answer
                byte[] bytes = check.toString().getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "application/json");
                ex.sendResponseHeaders(201, bytes.length);
                ex.getResponseBody().write(bytes, 0, bytes.length / 2);
                ex.getResponseBody().flush();
            }
            case NOT_STORED_500 -> throw new AssertionError("answered above");
        }
    }

    /**
     * The recorded check (check-post-response.txt), with this post's fields, its id, URL and date, under
     * the recorded user {@code ci-bot}.
     */
    private JsonNode stored(long patchId, String body) {
        com.fasterxml.jackson.databind.node.ObjectNode check = (com.fasterxml.jackson.databind.node.ObjectNode)
                tree(recorded("check-post-response.txt").lines().findFirst().orElseThrow());
        JsonNode posted = tree(body);
        int id = ++storedCount;
        check.put("id", id).put("url", origin() + "/api/1.3/patches/" + patchId + "/checks/" + id + "/")
                .put("date", String.format("2026-11-25T01:%02d:%02d.%06d", id / 60 % 60, id % 60, id));
        for (String field : List.of("state", "context", "description", "target_url")) {
            check.set(field, posted.get(field));
        }
        return check;
    }

    /** The recorded 201 answer to a check post (check-post.headers), carrying the stored check. */
    private void created(HttpExchange ex, JsonNode check) throws IOException {
        ex.getResponseHeaders().set("Location", check.get("url").asText());
        for (String line : PatchworkRecordings.text("check-post.headers").split("\r?\n")) {
            int colon = line.indexOf(':');
            String name = colon > 0 ? line.substring(0, colon) : "";
            if (List.of("Vary", "Allow", "X-Frame-Options").contains(name)) {
                ex.getResponseHeaders().set(name, line.substring(colon + 1).strip());
            }
        }
        send(ex, 201, "application/json", check.toString());
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
        return (ArrayNode) tree(recorded(name));
    }

    private static String recordedText(String name) {
        return PatchworkRecordings.text(name);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
