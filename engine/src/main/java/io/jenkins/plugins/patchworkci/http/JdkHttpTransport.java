package io.jenkins.plugins.patchworkci.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * The default transport: {@link java.net.http.HttpClient}. Built from settings alone, it follows redirects
 * (lore answers some URLs with redirects) except from HTTPS to HTTP. Built from a caller's
 * {@link HttpClient.Builder} (the Jenkins layer passes {@code ProxyConfiguration.newHttpClientBuilder()}), it
 * keeps that builder's proxy, authenticator and redirect policy. {@link HttpTransports} puts retries on top.
 *
 * <p>Every response is bounded: its body is read as a stream up to
 * {@link HttpSettings#maxBodyBytes()} (or the request's smaller limit) and the connection dropped
 * at the first byte over it; a gzip body ({@code Content-Encoding: gzip}, which this transport asks
 * for) is decoded up to the same limit, so a gzip bomb stops there too; and the whole exchange, body
 * included, must end within {@link HttpSettings#maxResponseTime()} (the JDK's own request timeout
 * stops at the headers).
 */
public final class JdkHttpTransport implements HttpTransport {

    private final HttpClient client;
    private final Duration requestTimeout;
    private final String userAgent;
    private final long maxBodyBytes;
    private final Duration maxResponseTime;

    /** A client of its own: the settings' proxy (or the JVM's), redirects followed but never to plain HTTP. */
    public JdkHttpTransport(HttpSettings settings) {
        this(HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .proxy(settings.proxy() == null ? ProxySelector.getDefault() : ProxySelector.of(settings.proxy())),
                settings);
    }

    /**
     * A client from the caller's builder, which keeps its proxy, authenticator and redirect policy (the
     * JDK's default follows none); the settings give the connect timeout, the request timeout, the user
     * agent and the bounds, not the proxy.
     */
    public JdkHttpTransport(HttpClient.Builder builder, HttpSettings settings) {
        this.client = builder.connectTimeout(settings.connectTimeout()).build();
        this.requestTimeout = settings.requestTimeout();
        this.userAgent = settings.userAgent();
        this.maxBodyBytes = settings.maxBodyBytes();
        this.maxResponseTime = settings.maxResponseTime();
    }

    @Override
    public HttpResponse send(HttpRequest request) throws IOException, InterruptedException {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(request.uri())
                .timeout(requestTimeout)
                .header("User-Agent", userAgent);
        for (Map.Entry<String, String> h : request.headers().entrySet()) {
            b.header(h.getKey(), h.getValue());
        }
        if (request.header("Accept-Encoding") == null) {
            // JSON pages and mboxes shrink several times; the decoded size is bounded below.
            b.header("Accept-Encoding", "gzip");
        }
        byte[] body = request.body();
        b.method(request.method(), body.length == 0
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
        long limit = request.maxBodyBytes() > 0 ? Math.min(request.maxBodyBytes(), maxBodyBytes) : maxBodyBytes;
        String shown = HttpRequest.shown(request.uri());
        CompletableFuture<java.net.http.HttpResponse<byte[]>> pending = client.sendAsync(b.build(),
                info -> new BoundedBodySubscriber(limit, shown, info.headers().firstValueAsLong("Content-Length").orElse(-1)));
        java.net.http.HttpResponse<byte[]> r;
        try {
            r = pending.get(maxResponseTime.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw NetworkFailure.named(request.method(), request.uri(), new HttpTimeoutException(
                    "the response took longer than " + maxResponseTime.toSeconds() + " s in all; stopped"));
        } catch (InterruptedException e) {
            pending.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            IOException failure = unwrap(e.getCause());
            // our own bound (a body too large) names itself; the JDK's network errors are named here
            throw failure instanceof ResponseTooLargeException ? failure
                    : NetworkFailure.named(request.method(), request.uri(), failure);
        }
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(r.headers().map());
        byte[] bytes = r.body();
        String encoding = r.headers().firstValue("Content-Encoding").orElse("").strip().toLowerCase(Locale.ROOT);
        if (encoding.equals("gzip") || encoding.equals("x-gzip")) {
            bytes = gunzip(bytes, limit, shown);
            // The body handed on is decoded: its encoding and wire length no longer describe it.
            headers.remove("Content-Encoding");
            headers.remove("Content-Length");
        }
        return new HttpResponse(request.uri(), r.statusCode(), headers, bytes);
    }

    /** Decodes at most {@code limit} bytes: a few hundred KB of gzip can hold gigabytes of zeros. */
    private static byte[] gunzip(byte[] body, long limit, String shown) throws IOException {
        if (body.length == 0) {
            return body; // a HEAD, a 204, or an error page with no body
        }
        byte[] out;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body), 1 << 16)) {
            out = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new IOException("the gzip response body from " + shown + " is cut or corrupt: " + e.getMessage(), e);
        }
        if (out.length > limit) {
            throw new ResponseTooLargeException(shown, "gzip response body, decoded,", limit, out.length);
        }
        return out;
    }

    /** The client's own exception, as {@link HttpClient#send} would throw it, so retries can tell them apart. */
    private static IOException unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof IOException io) {
            return io;
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        return new IOException(t);
    }

    @Override
    public String toString() {
        return "JdkHttpTransport[timeout=" + requestTimeout + ", maxBodyBytes=" + maxBodyBytes
                + ", maxResponseTime=" + maxResponseTime + ", userAgent=" + userAgent + "]";
    }
}
