package io.jenkins.plugins.patchworkci.http;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The default transport: {@link java.net.http.HttpClient}. Redirects are followed (lore answers some
 * URLs with redirects) except from HTTPS to HTTP. The Jenkins layer passes a client from
 * {@code ProxyConfiguration.newHttpClient()} to {@link #JdkHttpTransport(HttpClient, Duration, String)}.
 */
public final class JdkHttpTransport implements HttpTransport {

    private final HttpClient client;
    private final Duration requestTimeout;
    private final String userAgent;

    public JdkHttpTransport(@NonNull HttpSettings settings) {
        this(HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .proxy(settings.proxy() == null ? ProxySelector.getDefault() : ProxySelector.of(settings.proxy()))
                .build(), settings.requestTimeout(), settings.userAgent());
    }

    /** Wraps a client built elsewhere (Jenkins' proxy configuration); timeouts per request still apply. */
    public JdkHttpTransport(@NonNull HttpClient client, @NonNull Duration requestTimeout, @NonNull String userAgent) {
        this.client = Objects.requireNonNull(client, "client");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    }

    @Override
    public HttpResponse send(HttpRequest request) throws IOException, InterruptedException {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(request.uri())
                .timeout(requestTimeout)
                .header("User-Agent", userAgent);
        for (Map.Entry<String, String> h : request.headers().entrySet()) {
            b.header(h.getKey(), h.getValue());
        }
        byte[] body = request.body();
        b.method(request.method(), body.length == 0
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
        java.net.http.HttpResponse<byte[]> r = client.send(b.build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        return new HttpResponse(request.uri(), r.statusCode(), r.headers().map(), r.body());
    }

    @Override
    public String toString() {
        return "JdkHttpTransport[timeout=" + requestTimeout + ", userAgent=" + userAgent + "]";
    }
}
