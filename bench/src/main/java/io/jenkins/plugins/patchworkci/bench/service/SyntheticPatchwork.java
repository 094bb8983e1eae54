package io.jenkins.plugins.patchworkci.bench.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.patchworkci.testsupport.PatchworkRecordings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * A Patchwork 1.3 REST API on localhost for one project, serving generated responses shaped like the
 * recorded ones of a real Patchwork 3.1 server (test-support's {@code PatchworkRecordings}: its API
 * index is served as recorded; projects.json, events-series-completed.json and series-6-complete.json
 * are the models of the rest): series 1..N, as many as a benchmark asks for, each with a
 * {@code series-completed} event one minute after the previous one, filtered by {@code since},
 * ordered by {@code order}, paged by {@code per_page}/{@code page} with a {@code Link} header, as
 * Patchwork does. Only series up to {@link #publish} are visible, so a benchmark can make a series
 * "arrive". Counts the requests it answers.
 */
public final class SyntheticPatchwork implements AutoCloseable {

    static final String PROJECT = "netdevbpf";
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);

    private final HttpServer server;
    private final String base;
    private final LongFunction<byte[]> mbox;
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();

    /** @param mbox the mbox of series {@code id}, as Patchwork's /series/ID/mbox/ serves it */
    public SyntheticPatchwork(LongFunction<byte[]> mbox) throws IOException {
        this.mbox = mbox;
        // without TCP_NODELAY the JDK server's separate header and body writes meet the client's
        // delayed ACK, adding ~40 ms to every request: the figure would measure the test server
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public URI uri() {
        return URI.create(base);
    }

    /** Makes series 1..{@code count} visible. */
    public void publish(long count) {
        published.set(count);
    }

    public long requests() {
        return requests.get();
    }

    /** When series {@code id} completed, as its event says. */
    public static Instant completedAt(long id) {
        return T0.plusSeconds(60 * id);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        try (ex) {
            String path = ex.getRequestURI().getPath();
            Map<String, String> q = query(ex.getRequestURI().getRawQuery());
            String[] parts = path.split("/");
            if (path.equals("/api/1.3/")) {
                json(ex, index(), null);
            } else if (path.equals("/api/1.3/projects/")) {
                json(ex, "[" + project() + "]", null);
            } else if (path.equals("/api/1.3/events/")) {
                events(ex, q);
            } else if (path.equals("/api/1.3/series/")) {
                seriesList(ex, q);
            } else if (path.startsWith("/api/1.3/series/") && parts.length == 5) {
                long id = Long.parseLong(parts[4]);
                if (id < 1 || id > published.get()) {
                    send(ex, 404, "application/json", "{\"detail\":\"Not found.\"}".getBytes(StandardCharsets.UTF_8));
                } else {
                    json(ex, series(id), null);
                }
            } else if (path.startsWith("/series/") && path.endsWith("/mbox/")) {
                send(ex, 200, "text/plain; charset=utf-8", mbox.apply(Long.parseLong(parts[2])));
            } else {
                send(ex, 404, "application/json", "{\"detail\":\"Not found.\"}".getBytes(StandardCharsets.UTF_8));
            }
        } catch (RuntimeException e) {
            send(ex, 500, "text/plain", String.valueOf(e).getBytes(StandardCharsets.UTF_8));
        }
    }

    private void events(HttpExchange ex, Map<String, String> q) throws IOException {
        Instant since = q.containsKey("since")
                ? LocalDateTime.parse(q.get("since")).toInstant(ZoneOffset.UTC) : Instant.MIN;
        boolean oldestFirst = "date".equals(q.get("order"));
        int perPage = Integer.parseInt(q.getOrDefault("per_page", "30"));
        int page = Integer.parseInt(q.getOrDefault("page", "1"));
        boolean completed = !q.containsKey("category") || q.get("category").equals("series-completed");
        List<Long> ids = new ArrayList<>();
        long last = completed ? published.get() : 0;
        // events are in date order by id: find the first at or after since without walking the project
        long first = Math.max(1, since.equals(Instant.MIN) ? 1 : (since.getEpochSecond() - T0.getEpochSecond() + 59) / 60);
        while (first <= last && completedAt(first).isBefore(since)) {
            first++;
        }
        long total = Math.max(0, last - first + 1);
        long from = (long) (page - 1) * perPage;
        for (long i = from; i < Math.min(total, from + perPage); i++) {
            ids.add(oldestFirst ? first + i : last - i);
        }
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < ids.size(); i++) {
            b.append(i == 0 ? "" : ",").append(event(ids.get(i)));
        }
        b.append(']');
        String link = null;
        if (from + perPage < total) {
            String raw = ex.getRequestURI().getRawQuery().replaceAll("(^|&)page=\\d+", "");
            link = "<" + base + "api/1.3/events/?" + raw + "&page=" + (page + 1) + ">; rel=\"next\"";
        }
        json(ex, b.toString(), link);
    }

    /** The project's series, oldest first, paged: what a poller without the event log must walk. */
    private void seriesList(HttpExchange ex, Map<String, String> q) throws IOException {
        int perPage = Integer.parseInt(q.getOrDefault("per_page", "30"));
        int page = Integer.parseInt(q.getOrDefault("page", "1"));
        long total = published.get();
        long from = (long) (page - 1) * perPage;
        StringBuilder b = new StringBuilder("[");
        for (long i = from; i < Math.min(total, from + perPage); i++) {
            b.append(i == from ? "" : ",").append(series(i + 1));
        }
        b.append(']');
        String link = null;
        if (from + perPage < total) {
            String raw = ex.getRequestURI().getRawQuery().replaceAll("(^|&)page=\\d+", "");
            link = "<" + base + "api/1.3/series/?" + raw + "&page=" + (page + 1) + ">; rel=\"next\"";
        }
        json(ex, b.toString(), link);
    }

    /** The recorded API index, as if this server had answered it. */
    private String index() {
        return PatchworkRecordings.text("api-1.3-index.json", base.substring(0, base.length() - 1));
    }

    private String project() {
        return "{\"id\":1,\"url\":\"" + base + "api/1.3/projects/1/\",\"name\":\"Netdev + BPF\",\"link_name\":\""
                + PROJECT + "\",\"list_id\":\"netdevbpf.vger.kernel.org\",\"list_email\":\"netdevbpf@vger.kernel.org\","
                + "\"web_url\":\"https://example.invalid/netdevbpf\",\"scm_url\":\"\",\"webscm_url\":\"\","
                + "\"list_archive_url\":\"\",\"list_archive_url_format\":\"\",\"commit_url_format\":\"\"}";
    }

    private String seriesRef(long id) {
        return "{\"id\":" + id + ",\"url\":\"" + base + "api/1.3/series/" + id + "/\",\"web_url\":\"" + base
                + "project/netdevbpf/list/?series=" + id + "\",\"date\":\"" + DATE.format(completedAt(id).minusSeconds(20))
                + "\",\"name\":\"series " + id + "\",\"version\":1,\"mbox\":\"" + base + "series/" + id + "/mbox/\"}";
    }

    private String event(long id) {
        return "{\"id\":" + id + ",\"category\":\"series-completed\",\"project\":" + project() + ",\"date\":\""
                + DATE.format(completedAt(id)) + "\",\"actor\":null,\"payload\":{\"series\":" + seriesRef(id) + "}}";
    }

    private String series(long id) {
        String ref = seriesRef(id);
        String patch = "{\"id\":" + (id * 10) + ",\"url\":\"" + base + "api/1.3/patches/" + (id * 10)
                + "/\",\"web_url\":\"" + base + "project/netdevbpf/patch/s" + id + "/\",\"msgid\":\"<s" + id
                + "@bench.example.org>\",\"list_archive_url\":null,\"date\":\"" + DATE.format(completedAt(id).minusSeconds(20))
                + "\",\"name\":\"[1/1] series " + id + "\",\"mbox\":\"" + base + "project/netdevbpf/patch/s" + id + "/mbox/\"}";
        return ref.substring(0, ref.length() - 1) + ",\"project\":" + project()
                + ",\"submitter\":{\"id\":4,\"url\":\"" + base + "api/1.3/people/4/\",\"name\":\"Jane Dev\","
                + "\"email\":\"jane@example.org\"},\"total\":1,\"received_total\":1,\"received_all\":true,"
                + "\"cover_letter\":null,\"patches\":[" + patch + "]}";
    }

    private static void json(HttpExchange ex, String body, String link) throws IOException {
        if (link != null) {
            ex.getResponseHeaders().add("Link", link);
        }
        send(ex, 200, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            ex.getResponseBody().write(body);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null) {
            return out;
        }
        for (String kv : raw.split("&")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
