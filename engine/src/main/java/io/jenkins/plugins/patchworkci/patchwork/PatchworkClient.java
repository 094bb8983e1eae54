package io.jenkins.plugins.patchworkci.patchwork;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.patchworkci.http.HttpRequest;
import io.jenkins.plugins.patchworkci.http.HttpResponse;
import io.jenkins.plugins.patchworkci.http.HttpStatusException;
import io.jenkins.plugins.patchworkci.http.HttpTransport;
import io.jenkins.plugins.patchworkci.http.LinkHeader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A client for one Patchwork server's REST API, versions 1.1 to 1.3.
 *
 * <ul>
 *   <li>The version is probed once, from {@code /api/1.3/} down ({@code /api/} names no version).</li>
 *   <li>Lists are read whole, {@value #PAGE_SIZE} per page (Patchwork's maximum), following the
 *       {@code Link: rel="next"} header; a 404 on a later page (the list shrank while being read)
 *       ends the list.</li>
 *   <li>A project named in a query is checked to exist first, because Patchwork answers {@code []}
 *       for an unknown one.</li>
 *   <li>The token is sent as {@code Authorization: Token ...} to this server only (URLs the server
 *       hands out are re-rooted on it), and appears in no message, log or {@code toString()}.</li>
 * </ul>
 * Retries are the transport's business ({@link io.jenkins.plugins.patchworkci.http.RetryingTransport}).
 */
public final class PatchworkClient {

    /** Patchwork's largest page. */
    public static final int PAGE_SIZE = 250;

    /**
     * The most one API page or index may hold: a page of {@link #PAGE_SIZE} list items is well under
     * 3 MB (Patchwork 3.1's list items are 1 to 3 KB, 10 KB for a series with 30 patches). Details
     * (a patch with its diff) and mboxes get the transport's larger limit.
     */
    static final long MAX_PAGE_BYTES = 16L << 20;

    private static final System.Logger LOG = System.getLogger(PatchworkClient.class.getName());

    private final URI server;
    private final HttpTransport transport;
    @Nullable
    private final ApiToken token;
    private volatile ApiVersion version;
    private final Map<String, PatchworkProject> knownProjects = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param server the server's root, e.g. {@code https://patchwork.kernel.org/}, or its API root
     * @throws IllegalArgumentException when {@code server} cannot be a Patchwork address ({@link PatchworkUrl} says why)
     * @param transport how to reach it
     * @param token the API token, or null for read-only anonymous access
     */
    public PatchworkClient(URI server, HttpTransport transport, @Nullable ApiToken token) {
        URI root = PatchworkUrl.of(Objects.requireNonNull(server, "server")).root();
        // an /api/... suffix is a common paste (and what the Jenkins form asks for); the server root is what is meant
        this.server = root.resolve(root.getRawPath().replaceFirst("/api(/[0-9.]*)?/$", "/"));
        this.transport = Objects.requireNonNull(transport, "transport");
        this.token = token;
    }

    public URI server() {
        return server;
    }

    /** The API version, probed on first use. */
    public ApiVersion version() throws IOException, InterruptedException {
        ApiVersion v = version;
        if (v == null) {
            v = probeVersion();
            version = v;
        }
        return v;
    }

    private ApiVersion probeVersion() throws IOException, InterruptedException {
        HttpResponse last = null;
        for (ApiVersion candidate : ApiVersion.values()) {
            HttpResponse r = send(HttpRequest.get(server.resolve("api/" + candidate.number() + "/")).withMaxBodyBytes(MAX_PAGE_BYTES));
            if (r.status() == 404) {
                last = r;
                continue;
            }
            check(r, "probing the Patchwork API version");
            JsonNode index = parse(r, PatchworkJson.MAPPER.constructType(JsonNode.class), "the API index");
            if (index == null || !index.has("events") || !index.has("series")) {
                throw new MalformedResponseException(server + "api/" + candidate.number()
                        + "/ is not a Patchwork API index (no 'series' and 'events'): " + r.bodySnippet(), null);
            }
            LOG.log(System.Logger.Level.DEBUG, "Patchwork API {0} at {1}", candidate, server);
            return candidate;
        }
        throw new PatchworkNotFoundException("no Patchwork REST API 1.1 to 1.3 at " + server
                + " (api/1.3/, api/1.2/ and api/1.1/ all answered 404; is this the server's root URL?)", last);
    }

    // ---- projects

    public List<PatchworkProject> projects() throws IOException, InterruptedException {
        List<PatchworkProject> all = list("projects/", Map.of(), PatchworkProject.class);
        for (PatchworkProject p : all) {
            knownProjects.put(p.linkName(), p);
            knownProjects.put(Long.toString(p.id()), p);
        }
        return all;
    }

    /**
     * The project with this link name or id, read once per client.
     *
     * @throws UnknownProjectException if the server has no such project, naming the ones it has
     */
    public PatchworkProject project(String linkNameOrId) throws IOException, InterruptedException {
        PatchworkProject p = knownProjects.get(linkNameOrId);
        if (p != null) {
            return p;
        }
        List<PatchworkProject> all = projects();
        p = knownProjects.get(linkNameOrId);
        if (p == null) {
            throw new UnknownProjectException("Patchwork at " + server + " has no project '" + linkNameOrId
                    + "' (it answers [] for unknown projects, so nothing would ever arrive); its projects are: "
                    + all.stream().map(PatchworkProject::linkName).sorted().collect(Collectors.joining(", ")));
        }
        return p;
    }

    // ---- series, patches, covers, comments, checks, events

    public PatchworkSeries series(long id) throws IOException, InterruptedException {
        return detail("series/" + id + "/", PatchworkSeries.class, "series " + id);
    }

    /** Series of a project, oldest first, optionally only those dated at or after {@code since}. */
    public List<PatchworkSeries> seriesList(String project, java.time.@Nullable Instant since)
            throws IOException, InterruptedException {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("project", project(project).linkName());
        PatchQuery.put(p, "since", since == null ? null : PatchworkDates.format(since));
        p.put("order", "date");
        return list("series/", p, PatchworkSeries.class);
    }

    public PatchworkPatch patch(long id) throws IOException, InterruptedException {
        return detail("patches/" + id + "/", PatchworkPatch.class, "patch " + id);
    }

    public List<PatchworkPatch> patches(PatchQuery query) throws IOException, InterruptedException {
        Map<String, String> p = query.parameters();
        if (query.project() != null) {
            p.put("project", project(query.project()).linkName());
        }
        return list("patches/", p, PatchworkPatch.class);
    }

    public PatchworkCover cover(long id) throws IOException, InterruptedException {
        return detail("covers/" + id + "/", PatchworkCover.class, "cover letter " + id);
    }

    public List<PatchworkComment> patchComments(long patchId) throws IOException, InterruptedException {
        return list("patches/" + patchId + "/comments/", Map.of(), PatchworkComment.class);
    }

    public List<PatchworkComment> coverComments(long coverId) throws IOException, InterruptedException {
        return list("covers/" + coverId + "/comments/", Map.of(), PatchworkComment.class);
    }

    public List<PatchworkCheck> checks(long patchId) throws IOException, InterruptedException {
        return list("patches/" + patchId + "/checks/", Map.of(), PatchworkCheck.class);
    }

    public List<PatchworkEvent> events(EventQuery query) throws IOException, InterruptedException {
        Map<String, String> p = query.parameters();
        if (query.project() != null) {
            p.put("project", project(query.project()).linkName());
        }
        return list("events/", p, PatchworkEvent.class);
    }

    /**
     * The newest {@code count} events matching the query (at most one page, newest first, whatever
     * the query's order): where a new cursor starts, without reading the whole log.
     */
    public List<PatchworkEvent> latestEvents(EventQuery query, int count)
            throws IOException, InterruptedException {
        if (count < 1 || count > PAGE_SIZE) {
            throw new IllegalArgumentException("count must be 1.." + PAGE_SIZE + ": " + count);
        }
        Map<String, String> p = query.withOldestFirst(false).parameters();
        if (query.project() != null) {
            p.put("project", project(query.project()).linkName());
        }
        p.put("per_page", Integer.toString(count));
        HttpResponse r = send(HttpRequest.get(api("events/", p)).withMaxBodyBytes(MAX_PAGE_BYTES));
        check(r, "reading the latest events");
        List<PatchworkEvent> events = parse(r, PatchworkJson.MAPPER.getTypeFactory()
                .constructCollectionType(List.class, PatchworkEvent.class), "the latest events");
        return events == null ? List.of() : events;
    }

    // ---- mboxes

    /** The series' patches as one mbox (no cover letter: Patchwork leaves it out). */
    public byte[] seriesMbox(PatchworkSeries series) throws IOException, InterruptedException {
        return mbox(series.mbox(), "series " + series.id());
    }

    /**
     * The series' mail as one mbox: its cover letter first when it has one (it carries {@code base-commit:}
     * and the version links, which the series mbox leaves out), then the patches.
     */
    public byte[] seriesMail(PatchworkSeries series) throws IOException, InterruptedException {
        ByteArrayOutputStream mail = new ByteArrayOutputStream();
        if (series.coverLetter() != null) {
            byte[] cover = coverMbox(series.coverLetter());
            mail.writeBytes(cover);
            if (cover.length > 0 && cover[cover.length - 1] != '\n') {
                mail.write('\n');
            }
        }
        mail.writeBytes(seriesMbox(series));
        return mail.toByteArray();
    }

    /** One patch as an mbox, with the review trailers Patchwork collected from replies. */
    public byte[] patchMbox(PatchworkPatch patch) throws IOException, InterruptedException {
        return mbox(patch.mbox(), "patch " + patch.id());
    }

    public byte[] coverMbox(CoverRef cover) throws IOException, InterruptedException {
        return mbox(cover.mbox(), "cover letter " + cover.id());
    }

    private byte[] mbox(@Nullable String url, String what) throws IOException, InterruptedException {
        if (url == null || url.isBlank()) {
            throw new MalformedResponseException("Patchwork gave no mbox URL for " + what, null);
        }
        HttpResponse r = send(HttpRequest.get(onServer(url)));
        check(r, "downloading the mbox of " + what);
        return r.body();
    }

    // ---- checks

    /** How a check is sent: Patchwork reads both. */
    public enum BodyEncoding {
        /** {@code application/json}, the default. */
        JSON,
        /** {@code application/x-www-form-urlencoded}, as {@code curl -F}/{@code -d} scripts post; absent fields omitted. */
        FORM
    }

    /**
     * Posts a check on a patch, as JSON. Needs a token whose user is a maintainer of the patch's project,
     * the patch's delegate, or the user linked to the patch's submitter.
     *
     * <p>Exactly one request: a 5xx, a timeout or a cut connection is thrown, not retried, because
     * Patchwork may have stored the check before the answer was lost and a second request would store
     * a second one. Post through {@code report.ExactlyOncePost}, which reads the patch's checks before
     * posting again.
     */
    public PatchworkCheck postCheck(long patchId, NewCheck check) throws IOException, InterruptedException {
        return postCheck(patchId, check, BodyEncoding.JSON);
    }

    /** Posts a check on a patch in the given encoding, with one request (see {@link #postCheck(long, NewCheck)}). */
    public PatchworkCheck postCheck(long patchId, NewCheck check, BodyEncoding encoding)
            throws IOException, InterruptedException {
        if (token == null) {
            throw new IllegalStateException("posting a check needs a Patchwork API token; none is configured");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("state", CheckStateWire.word(check.state()));
        fields.put("context", check.context());
        fields.put("target_url", check.targetUrl());
        fields.put("description", check.description());
        HttpRequest req;
        URI uri = api("patches/" + patchId + "/checks/", Map.of());
        if (encoding == BodyEncoding.JSON) {
            req = HttpRequest.post(uri, "application/json", PatchworkJson.MAPPER.writeValueAsBytes(fields));
        } else {
            String form = fields.entrySet().stream().filter(e -> e.getValue() != null)
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            req = HttpRequest.post(uri, "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8));
        }
        req = req.withRetryable(false).withMaxBodyBytes(MAX_PAGE_BYTES);
        HttpResponse r = send(req);
        if (r.status() == 403) {
            throw new PatchworkPermissionException("Patchwork refused to record check '" + check.context()
                    + "' on patch " + patchId + " (HTTP 403: " + detail(r) + "). Patchwork accepts checks only from"
                    + " a maintainer of the patch's project, the patch's delegate, or the user linked to the"
                    + " patch's submitter (a superuser alone is refused): make the token's user a maintainer of"
                    + " the project", r);
        }
        if (r.status() == 400) {
            throw new HttpStatusException("Patchwork rejected check '" + check.context() + "' on patch " + patchId
                    + ": " + r.bodySnippet(), 400, r.uri());
        }
        check(r, "posting check '" + check.context() + "' on patch " + patchId);
        return parse(r, PatchworkJson.MAPPER.constructType(PatchworkCheck.class), "the posted check");
    }

    // ---- plumbing

    private <T> T detail(String path, Class<T> type, String what) throws IOException, InterruptedException {
        HttpResponse r = send(HttpRequest.get(api(path, Map.of())));
        check(r, "reading " + what);
        T value = parse(r, PatchworkJson.MAPPER.constructType(type), what);
        if (value == null) {
            throw new MalformedResponseException("Patchwork answered GET " + r.uri() + " with null for " + what, null);
        }
        return value;
    }

    private <T> List<T> list(String path, Map<String, String> params, Class<T> type)
            throws IOException, InterruptedException {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.put("per_page", Integer.toString(PAGE_SIZE));
        JavaType listType = PatchworkJson.MAPPER.getTypeFactory().constructCollectionType(List.class, type);
        List<T> all = new ArrayList<>();
        URI next = api(path, p);
        int page = 0;
        java.util.Set<URI> seen = new java.util.HashSet<>();
        while (next != null) {
            if (!seen.add(next)) {
                throw new MalformedResponseException("Patchwork's Link header loops back to " + next, null);
            }
            page++;
            HttpResponse r = send(HttpRequest.get(next).withMaxBodyBytes(MAX_PAGE_BYTES));
            if (r.status() == 404 && page > 1) {
                // the list shrank between pages (items deleted); what was read stands
                LOG.log(System.Logger.Level.INFO, "page {0} of {1} is gone (404); the list ended early", page, path);
                break;
            }
            check(r, "listing " + path);
            List<T> items = parse(r, listType, "a page of " + path);
            if (items != null) {
                all.addAll(items);
            }
            URI link = LinkHeader.parse(r.header("Link"), r.uri()).next();
            next = link == null ? null : onServer(link.toString());
        }
        return all;
    }

    private <T> T parse(HttpResponse r, JavaType type, String what) throws MalformedResponseException {
        try {
            return PatchworkJson.MAPPER.readValue(r.body(), type);
        } catch (JsonProcessingException e) {
            throw new MalformedResponseException("Patchwork answered GET " + r.uri() + " (" + what
                    + ") with a body that is not the expected JSON: " + e.getOriginalMessage()
                    + "; body starts: " + r.bodySnippet(), e);
        } catch (IOException e) {
            throw new MalformedResponseException("could not read " + what + " from " + r.uri() + ": " + e, e);
        }
    }

    private void check(HttpResponse r, String what) throws IOException {
        if (r.isSuccess()) {
            return;
        }
        if (r.status() == 403) {
            throw new PatchworkPermissionException("Patchwork refused " + what + " (HTTP 403: " + detail(r) + ")"
                    + (token == null ? "; no token is configured" : "; check that the API token is valid"), r);
        }
        if (r.status() == 404) {
            throw new PatchworkNotFoundException("Patchwork has no such resource: " + what + " (HTTP 404 from "
                    + r.uri() + ")", r);
        }
        throw new HttpStatusException(what, r);
    }

    private static String detail(HttpResponse r) {
        try {
            JsonNode n = PatchworkJson.MAPPER.readTree(r.body());
            if (n != null && n.hasNonNull("detail")) {
                return n.get("detail").asText();
            }
        } catch (IOException e) {
            // not JSON; fall through to the raw start of the body
        }
        return r.bodySnippet();
    }

    private HttpResponse send(HttpRequest request) throws IOException, InterruptedException {
        HttpRequest r = request.withHeader("Accept", request.uri().getPath().contains("/api/")
                ? "application/json" : "*/*");
        if (token != null && sameOrigin(r.uri(), server)) {
            r = r.withHeader("Authorization", token.authorizationHeader());
        }
        HttpResponse response = transport.send(r);
        // A server, proxy or debug page may echo the request's token; its body goes into our error messages.
        return token == null ? response : token.scrubbedFrom(response);
    }

    URI api(String path, Map<String, String> params) throws IOException, InterruptedException {
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return server.resolve("api/" + version().number() + "/" + path + (query.isEmpty() ? "" : "?" + query));
    }

    /**
     * A URL the server handed out, on this server: Patchwork behind a proxy often builds URLs with its
     * internal host or scheme, so a foreign origin is replaced by ours (which also keeps the token from
     * ever travelling to another host).
     */
    URI onServer(String url) throws MalformedResponseException {
        URI u;
        try {
            u = server.resolve(url.trim());
        } catch (IllegalArgumentException e) {
            throw new MalformedResponseException("Patchwork handed out a URL that is not one: " + url, e);
        }
        if (sameOrigin(u, server)) {
            return u;
        }
        String rest = u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        String prefix = server.getRawPath();
        return server.resolve(rest.startsWith(prefix) ? rest.substring(prefix.length()) : rest.substring(1));
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().toLowerCase(Locale.ROOT).equals(b.getHost().toLowerCase(Locale.ROOT))
                && port(a) == port(b);
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    @Override
    public String toString() {
        return "PatchworkClient[" + server + (token == null ? ", anonymous" : ", with token") + "]";
    }
}
