package io.jenkins.plugins.patchworkci.patchwork;

import io.jenkins.plugins.patchworkci.http.HttpRequest;
import io.jenkins.plugins.patchworkci.http.HttpResponse;
import io.jenkins.plugins.patchworkci.http.HttpSettings;
import io.jenkins.plugins.patchworkci.http.HttpStatusException;
import io.jenkins.plugins.patchworkci.http.HttpTransport;
import io.jenkins.plugins.patchworkci.http.JdkHttpTransport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Tells an administrator whether a Patchwork server, its API version and a token work, by asking
 * {@link PatchworkClient#version()} exactly what every later request will ask: the versioned API index,
 * from {@code api/1.3/} down to {@code api/1.1/}. Patchwork checks a token on every request, reads
 * included, so a refused token shows up here too.
 *
 * <p>The token is sent only to the URL given: the probe's client never follows a redirect (it
 * reports it), so the token cannot travel to another host. No message holds it.
 */
public final class PatchworkProbe {

    private final HttpTransport transport;
    private final Duration timeout;

    /**
     * @param builder where the client comes from (in Jenkins, one carrying the proxy settings of Manage
     *     Jenkins); the probe sets its connect timeout and turns redirects off
     * @param timeout for connecting, and again for the whole answer
     */
    public PatchworkProbe(HttpClient.Builder builder, Duration timeout) {
        this.timeout = timeout;
        // no retries: the administrator is waiting for an answer, and a retried failure says nothing new
        this.transport = new JdkHttpTransport(builder.followRedirects(HttpClient.Redirect.NEVER),
                HttpSettings.defaults().withTimeouts(timeout, timeout).withMaxResponseTime(timeout));
    }

    /** What the probe found, worded for the administrator. */
    public record Outcome(boolean ok, String message) {}

    /**
     * Asks the server for its API index.
     *
     * @param apiRoot the API root as configured, e.g. {@code https://patchwork.kernel.org/api/} (the
     *     client takes it as the server's root, as it does for every other request)
     * @param token the API token, or null to probe anonymously
     * @throws InterruptedException if the thread is interrupted while waiting for the server
     */
    public Outcome probe(URI apiRoot, @Nullable ApiToken token) throws InterruptedException {
        // The last exchange, to name the URL that failed and a redirect's target, which no exception carries.
        HttpRequest[] lastRequest = new HttpRequest[1];
        HttpResponse[] lastResponse = new HttpResponse[1];
        HttpTransport watched = request -> {
            lastRequest[0] = request;
            lastResponse[0] = null;
            HttpResponse response = transport.send(request);
            lastResponse[0] = response;
            return response;
        };
        PatchworkClient client = new PatchworkClient(apiRoot, watched, token);
        ApiVersion version;
        try {
            version = client.version();
        } catch (MalformedResponseException e) {
            return new Outcome(false, shown(lastRequest[0], client) + " answered, but not with a Patchwork API index:"
                    + " is this the API root?");
        } catch (PatchworkNotFoundException e) {
            return new Outcome(false, client.server() + "api/1.3/, 1.2/ and 1.1/ do not exist (HTTP 404): the server"
                    + " needs a Patchwork REST API 1.1 to 1.3 (Patchwork 2.1 or newer), or the URL is not the API root");
        } catch (HttpStatusException e) {
            return judge(e.status(), shown(lastRequest[0], client), lastResponse[0], token != null);
        } catch (HttpTimeoutException e) {
            return new Outcome(false, shown(lastRequest[0], client) + " did not answer within " + describe(timeout));
        } catch (IOException e) {
            return new Outcome(false, "Could not reach " + shown(lastRequest[0], client) + ": " + describe(e));
        }
        return new Outcome(true, "Connected: " + client.server() + "api/" + version + "/ serves the Patchwork REST API "
                + version + (token != null ? " and accepted the token" : " (no credential selected: read-only)"));
    }

    private static Outcome judge(int status, String index, @Nullable HttpResponse response, boolean withToken) {
        if (status == 401 || status == 403) {
            return new Outcome(false, index + " refused the request (HTTP " + status + ")"
                    + (withToken ? ": check the API token" : ""));
        }
        if (status >= 300 && status < 400) {
            String location = response == null ? null : response.header("Location");
            return new Outcome(false, index + " redirects (HTTP " + status + ") to "
                    + (location == null ? "(no Location)" : location)
                    + "; enter the final API URL, since the token is never sent on a redirect");
        }
        return new Outcome(false, index + " answered HTTP " + status);
    }

    private static String shown(@Nullable HttpRequest request, PatchworkClient client) {
        return request == null ? client.server().toString() : HttpRequest.shown(request.uri());
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
