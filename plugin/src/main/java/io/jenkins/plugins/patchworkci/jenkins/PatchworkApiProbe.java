package io.jenkins.plugins.patchworkci.jenkins;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * One GET of a Patchwork server's versioned API index ({@code <root>/1.3/}), to tell an
 * administrator whether the server, the API version and the token work. Patchwork checks a token
 * on every request, reads included, so a refused token shows up here too.
 *
 * <p>The token is sent only to the URL given: redirects are reported, never followed, so it
 * cannot travel to another host. It appears in no message.
 */
final class PatchworkApiProbe {
    /** The API version patchwork-ci speaks: Patchwork 3.1 and newer serve it. */
    static final String API_VERSION = "1.3";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final Duration timeout;

    /**
     * @param builder where the client comes from: in Jenkins, one that carries the proxy settings
     *     of Manage Jenkins (ProxyConfiguration); the probe sets its timeout and redirect policy
     * @param timeout for connecting, and again for the answer
     */
    PatchworkApiProbe(@NonNull HttpClient.Builder builder, @NonNull Duration timeout) {
        this.timeout = timeout;
        this.client = builder.connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** What the probe found, worded for the administrator. */
    record Outcome(boolean ok, @NonNull String message) {}

    /**
     * Asks the server for its API index.
     *
     * @param token a Patchwork API token, or null to probe anonymously
     * @throws InterruptedException if the thread is interrupted while waiting for the server
     */
    @NonNull
    Outcome probe(@NonNull ApiUrl url, @CheckForNull String token) throws InterruptedException {
        URI index = url.version(API_VERSION);
        HttpRequest.Builder request = HttpRequest.newBuilder(index)
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET();
        if (token != null && !token.isEmpty()) {
            request.header("Authorization", "Token " + token);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            return new Outcome(false, index + " did not answer within " + describe(timeout));
        } catch (IOException e) {
            return new Outcome(false, "Could not reach " + index + ": " + describe(e));
        }
        return judge(index, response, token != null && !token.isEmpty());
    }

    private static Outcome judge(URI index, HttpResponse<String> response, boolean withToken) {
        int status = response.statusCode();
        if (status == 200) {
            if (!isApiIndex(response.body())) {
                return new Outcome(false, index + " answered, but not with a Patchwork API index: is this the API root?");
            }
            return new Outcome(true, "Connected: " + index + " serves the Patchwork REST API " + API_VERSION
                    + (withToken ? " and accepted the token" : " (no credential selected: read-only)"));
        }
        if (status == 401 || status == 403) {
            return new Outcome(false, index + " refused the request (HTTP " + status + ")"
                    + (withToken ? ": check the API token" : ""));
        }
        if (status == 404) {
            return new Outcome(false, index + " does not exist (HTTP 404): the server needs Patchwork 3.1 or newer"
                    + " for API " + API_VERSION + ", or the URL is not the API root");
        }
        if (status >= 300 && status < 400) {
            String location = response.headers().firstValue("Location").orElse("(no Location)");
            return new Outcome(false, index + " redirects (HTTP " + status + ") to " + location
                    + "; enter the final API URL, since the token is never sent on a redirect");
        }
        return new Outcome(false, index + " answered HTTP " + status);
    }

    private static boolean isApiIndex(String body) {
        try {
            JsonNode tree = JSON.readTree(body);
            return tree != null && tree.isObject() && tree.has("patches") && tree.has("series");
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
