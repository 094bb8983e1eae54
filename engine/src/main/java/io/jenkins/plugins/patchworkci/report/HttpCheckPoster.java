package io.jenkins.plugins.patchworkci.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.patchworkci.check.CheckState;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts and lists checks over Patchwork's REST API 1.3: {@code POST /api/1.3/patches/{id}/checks/}
 * with {@code Authorization: Token <key>}, answered by 201 and a {@code Location}; a refused write
 * is 403 (Patchwork never answers 401), a bad field 400. Lists are read page by page through the
 * {@code Link: rel="next"} header, without the token (checks are public) and never off the
 * server's own origin. A post that meets a busy or restarting server (502, 503, 504, or no
 * connection) is tried again after a pause, twice by default: a final state lost to a blip would
 * otherwise sit as pending until it timed out.
 */
public final class HttpCheckPoster implements CheckPoster {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");

    private final URI api;
    private final String token;
    private final HttpClient http;
    private final Duration timeout;
    private final List<Duration> retryPauses;

    /**
     * @param server the Patchwork server's root ({@code https://patchwork.kernel.org/})
     * @param token the API token of a user who maintains the project (or is the patches' delegate)
     */
    public HttpCheckPoster(@NonNull URI server, @NonNull String token) {
        this(server, token, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build(), Duration.ofSeconds(60),
                List.of(Duration.ofSeconds(5), Duration.ofSeconds(30)));
    }

    HttpCheckPoster(URI server, String token, HttpClient http, Duration timeout, List<Duration> retryPauses) {
        String root = server.toString().endsWith("/") ? server.toString() : server + "/";
        this.api = URI.create(root).resolve("api/1.3/");
        this.token = Objects.requireNonNull(token, "token");
        if (token.isBlank() || token.chars().anyMatch(c -> c < 0x21 || c > 0x7E)) {
            throw new IllegalArgumentException("a Patchwork token is printable ASCII without spaces");
        }
        this.http = http;
        this.timeout = timeout;
        this.retryPauses = List.copyOf(retryPauses);
    }

    @Override
    public PostedCheck post(long patchId, CheckPost check) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode()
                .put("state", check.state().apiName())
                .put("context", check.context())
                .put("description", check.description());
        if (check.targetUrl() != null) {
            body.put("target_url", check.targetUrl());
        }
        URI uri = checks(patchId);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Authorization", "Token " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("User-Agent", "patchwork-ci")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = sendWithRetries(request);
        int status = response.statusCode();
        if (status == 201 || status == 200) {
            PostedCheck posted = parse(readJson(uri, response.body()));
            String location = response.headers().firstValue("Location").orElse(posted.url());
            return new PostedCheck(posted.id(), location, posted.user(), posted.date(), posted.check());
        }
        throw refused(status, patchId, check, response.body());
    }

    /** Sends, pausing and trying again on a gateway or availability error, or no connection. */
    private HttpResponse<String> sendWithRetries(HttpRequest request) throws IOException, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            boolean last = attempt >= retryPauses.size();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (last || (status != 502 && status != 503 && status != 504)) {
                    return response;
                }
            } catch (java.net.ConnectException | java.net.http.HttpTimeoutException e) {
                if (last) {
                    throw new IOException("Patchwork at " + api + " cannot be reached: " + e, e);
                }
            }
            Thread.sleep(retryPauses.get(attempt).toMillis());
        }
    }

    @Override
    public List<PostedCheck> list(long patchId) throws IOException, InterruptedException {
        List<PostedCheck> all = new ArrayList<>();
        URI page = URI.create(checks(patchId) + "?per_page=250");
        for (int pages = 0; page != null; pages++) {
            if (pages == 100) {
                throw new IOException("more than 100 pages of checks for patch " + patchId + " at " + api);
            }
            HttpRequest request = HttpRequest.newBuilder(page).timeout(timeout).header("Accept", "application/json")
                    .header("User-Agent", "patchwork-ci").GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IOException("listing checks of patch " + patchId + ": " + page + " answered "
                        + response.statusCode() + " " + abbreviate(response.body()));
            }
            JsonNode items = readJson(page, response.body());
            if (!items.isArray()) {
                throw new IOException(page + ": expected a JSON array of checks, got " + items.getNodeType());
            }
            for (JsonNode item : items) {
                all.add(parse(item));
            }
            page = next(response.headers().firstValue("Link").orElse(null));
        }
        return all;
    }

    private URI checks(long patchId) {
        if (patchId < 1) {
            throw new IllegalArgumentException("Patchwork patch ids start at 1: " + patchId);
        }
        return api.resolve("patches/" + patchId + "/checks/");
    }

    /** The next page, only on the API's own origin: a Link header must not send us elsewhere. */
    @CheckForNull
    private URI next(@CheckForNull String link) throws IOException {
        if (link == null) {
            return null;
        }
        Matcher m = NEXT.matcher(link);
        if (!m.find()) {
            return null;
        }
        URI next = api.resolve(m.group(1));
        if (!Objects.equals(next.getScheme(), api.getScheme()) || !Objects.equals(next.getAuthority(), api.getAuthority())) {
            throw new IOException("Patchwork's next page " + next + " is not on " + api.getAuthority());
        }
        return next;
    }

    private CheckPostException refused(int status, long patchId, CheckPost check, String body) {
        String what = "Patchwork refused check " + check.context() + "=" + check.state().apiName() + " on patch "
                + patchId + " (HTTP " + status + ": " + abbreviate(body) + ")";
        return switch (status) {
            case 401, 403 -> new CheckPostException(status, what + ": the token must be valid and its user a "
                    + "maintainer of the project or the patch's delegate (a superuser alone is not enough)");
            case 400 -> new CheckPostException(status, what + ": Patchwork did not accept a field of the check");
            case 404 -> new CheckPostException(status, what + ": no such patch on " + api);
            default -> new CheckPostException(status, what);
        };
    }

    private static JsonNode readJson(URI from, String body) throws IOException {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IOException(from + " answered something that is not JSON: " + abbreviate(body), e);
        }
    }

    private static PostedCheck parse(JsonNode node) throws IOException {
        String state = node.path("state").asText();
        CheckState parsed = null;
        for (CheckState s : CheckState.values()) {
            if (s.apiName().equals(state)) {
                parsed = s;
            }
        }
        if (parsed == null || !node.path("context").isTextual()) {
            throw new IOException("not a Patchwork check: " + abbreviate(node.toString()));
        }
        String description = node.path("description").isTextual() ? node.get("description").asText() : "";
        String target = node.path("target_url").isTextual() ? node.get("target_url").asText() : null;
        return new PostedCheck(node.path("id").asLong(0), text(node.path("url")), text(node.path("user").path("username")),
                text(node.path("date")), new CheckPost(node.get("context").asText(), parsed, description, target));
    }

    @CheckForNull
    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    private static String abbreviate(String body) {
        String one = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return one.length() <= 300 ? one : one.substring(0, 300) + "\u2026";
    }
}
