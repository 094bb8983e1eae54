package io.jenkins.plugins.patchworkci.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The body limits of {@link JdkHttpTransport} over real HTTP (the JDK's own server, which lets a
 * handler write as much, as slowly and as encoded as a hostile server would): a body over the limit,
 * an endless chunked body, a gzip bomb and a body dripped byte by byte all end in an error naming the
 * URL, and the bytes taken in stay near the limit. Nothing here asserts on elapsed time.
 */
class BoundedResponseTest {

    private static final long LIMIT = 1 << 20;

    private HttpServer server;
    /** Bytes the server managed to write for the last endless or dripped response, and when it stopped. */
    private final AtomicLong written = new AtomicLong();
    private final CountDownLatch serverStopped = new CountDownLatch(1);
    private final AtomicReference<String> acceptEncoding = new AtomicReference<>();
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        acceptEncoding.set(ex.getRequestHeaders().getFirst("Accept-Encoding"));
        String path = ex.getRequestURI().getPath();
        try (ex) {
            switch (path) {
                case "/exact" -> fixed(ex, new byte[(int) LIMIT], null);
                case "/big" -> fixed(ex, new byte[(int) LIMIT * 2], null);
                case "/endless" -> endless(ex, 64 << 10, 0);
                case "/drip" -> endless(ex, 1, 50);
                case "/gzip" -> fixed(ex, gzip("hello, compressed world\n".repeat(1000).getBytes(StandardCharsets.UTF_8)), "gzip");
                case "/bomb" -> fixed(ex, BOMB, "gzip");
                default -> fixed(ex, new byte[0], null);
            }
        }
    }

    private static void fixed(HttpExchange ex, byte[] body, String encoding) throws IOException {
        if (encoding != null) {
            ex.getResponseHeaders().add("Content-Encoding", encoding);
        }
        ex.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            } catch (IOException e) {
                // the client stopped reading: expected for bodies over its limit
            }
        }
    }

    /** A chunked body that never ends: written until the client goes away. */
    private void endless(HttpExchange ex, int chunk, long pauseMillis) throws IOException {
        ex.sendResponseHeaders(200, 0);
        byte[] b = new byte[chunk];
        Arrays.fill(b, (byte) 'x');
        try (OutputStream out = ex.getResponseBody()) {
            while (true) {
                out.write(b);
                out.flush();
                written.addAndGet(chunk);
                if (pauseMillis > 0) {
                    Thread.sleep(pauseMillis);
                }
            }
        } catch (IOException | InterruptedException e) {
            serverStopped.countDown();
        }
    }

    /** 256 MiB of zeros in about 256 KB of gzip. */
    private static final byte[] BOMB = bomb();

    private static byte[] bomb() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 1 << 16)) {
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 256; i++) {
                    gz.write(zeros);
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(data);
        }
        return bytes.toByteArray();
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    private static JdkHttpTransport transport(long limit, Duration maxResponseTime) {
        return new JdkHttpTransport(HttpSettings.defaults().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10))
                .withMaxBodyBytes(limit).withMaxResponseTime(maxResponseTime));
    }

    @Test
    void aBodyAtTheLimitIsReadAndOneOverItIsRefusedNamingTheUrlButNotItsQuery() throws Exception {
        JdkHttpTransport t = transport(LIMIT, Duration.ofMinutes(1));

        assertThat(t.send(HttpRequest.get(uri("/exact"))).body()).hasSize((int) LIMIT);

        assertThatThrownBy(() -> t.send(HttpRequest.get(uri("/big?token=s3cr3t-value&page=2"))))
                .isInstanceOfSatisfying(ResponseTooLargeException.class, e -> {
                    assertThat(e.getMessage()).contains(uri("/big").toString()).contains("1048576 bytes (1 MiB)")
                            .doesNotContain("s3cr3t").doesNotContain("token");
                    assertThat(e.limit()).isEqualTo(LIMIT);
                    // stopped at the first batch over the limit, not after the whole 2 MiB
                    assertThat(e.bytesRead()).isGreaterThan(LIMIT).isLessThan(LIMIT + (256 << 10));
                });
    }

    @Test
    void aRequestMayAskForASmallerLimitButNotALargerOne() throws Exception {
        JdkHttpTransport t = transport(LIMIT, Duration.ofMinutes(1));

        assertThatThrownBy(() -> t.send(HttpRequest.get(uri("/exact")).withMaxBodyBytes(LIMIT / 4)))
                .isInstanceOfSatisfying(ResponseTooLargeException.class, e -> assertThat(e.limit()).isEqualTo(LIMIT / 4));
        assertThatThrownBy(() -> t.send(HttpRequest.get(uri("/big")).withMaxBodyBytes(LIMIT * 4)))
                .isInstanceOfSatisfying(ResponseTooLargeException.class, e -> assertThat(e.limit()).isEqualTo(LIMIT));
    }

    @Test
    void anEndlessChunkedBodyIsCutOffAndTheConnectionDropped() throws Exception {
        JdkHttpTransport t = transport(LIMIT, Duration.ofMinutes(1));

        assertThatThrownBy(() -> t.send(HttpRequest.get(uri("/endless"))))
                .isInstanceOfSatisfying(ResponseTooLargeException.class,
                        e -> assertThat(e.bytesRead()).isLessThan(LIMIT + (256 << 10)));
        // The server's next writes fail: the client closed the connection instead of draining it.
        assertThat(serverStopped.await(30, TimeUnit.SECONDS)).as("the server was cut off").isTrue();
        // What it wrote beyond the limit is what the sockets' buffers held, not an endless stream.
        assertThat(written.get()).isLessThan(LIMIT + (32 << 20));
    }

    @Test
    void aGzipBodyIsAskedForAndDecodedAndAGzipBombStopsAtTheLimit() throws Exception {
        JdkHttpTransport t = transport(LIMIT, Duration.ofMinutes(1));

        HttpResponse ok = t.send(HttpRequest.get(uri("/gzip")));
        assertThat(acceptEncoding.get()).isEqualTo("gzip");
        assertThat(ok.bodyText()).isEqualTo("hello, compressed world\n".repeat(1000));
        assertThat(ok.header("Content-Encoding")).as("the body handed on is decoded").isNull();

        assertThat(BOMB.length).as("the bomb itself is under the limit on the wire").isLessThan((int) LIMIT);
        assertThatThrownBy(() -> t.send(HttpRequest.get(uri("/bomb?key=s3cr3t"))))
                .isInstanceOfSatisfying(ResponseTooLargeException.class, e -> {
                    assertThat(e.getMessage()).contains("decoded").contains(uri("/bomb").toString())
                            .contains("1048576").doesNotContain("s3cr3t");
                    // decoding stopped one byte over the limit, not at the 256 MiB inside
                    assertThat(e.bytesRead()).isEqualTo(LIMIT + 1);
                });
    }

    @Test
    void aBodyDrippedByteByByteIsStoppedByTheResponseTime() throws Exception {
        JdkHttpTransport t = transport(LIMIT, Duration.ofMillis(700));

        assertThatThrownBy(() -> t.send(HttpRequest.get(uri("/drip?x=1"))))
                .isInstanceOf(HttpTimeoutException.class)
                .hasMessageContaining(uri("/drip").toString()).hasMessageContaining("in all");
        assertThat(serverStopped.await(30, TimeUnit.SECONDS)).as("the server was cut off").isTrue();
        assertThat(written.get()).isLessThan(LIMIT);
    }

    @Test
    void aBodyOverTheLimitIsNotDownloadedAgainByRetries() throws Exception {
        List<Duration> slept = new ArrayList<>();
        HttpTransport t = new RetryingTransport(transport(LIMIT, Duration.ofMinutes(1)), RetryPolicy.defaults(),
                slept::add, Clock.systemUTC());

        assertThatThrownBy(() -> t.send(HttpRequest.get(uri("/big")))).isInstanceOf(ResponseTooLargeException.class);
        assertThat(requests.get()).isEqualTo(1);
        assertThat(slept).isEmpty();
    }

    @Test
    void settingsRefuseANonPositiveLimit() {
        assertThatThrownBy(() -> HttpSettings.defaults().withMaxBodyBytes(0)).hasMessageContaining("maxBodyBytes");
        assertThatThrownBy(() -> HttpRequest.get(uri("/")).withMaxBodyBytes(-1)).hasMessageContaining("maxBodyBytes");
        assertThat(HttpSettings.defaults().maxBodyBytes()).isEqualTo(64L << 20);
    }
}
