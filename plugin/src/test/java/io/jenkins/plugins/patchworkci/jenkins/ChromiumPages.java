package io.jenkins.plugins.patchworkci.jenkins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.patchworkci.testsupport.HeadlessChromium;
import io.jenkins.plugins.patchworkci.testsupport.RecordedPatchwork;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven over its DevTools protocol (a WebSocket on loopback), to look at a controller's
 * pages as its administrator does: every request carries the administrator's Authorization header, which
 * {@code --screenshot} on the command line cannot send (Jenkins, with security on, would show its login
 * page). Started with a fresh profile and without background networking, sync or component updates.
 *
 * <p>Chromium is {@code $PWCI_CHROMIUM} or {@code chromium} / {@code chromium-browser} on the PATH, as for
 * the engine's report tests.
 */
final class ChromiumPages implements AutoCloseable {

    /** How long to wait for Chromium at most, per call or page load. */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<JsonNode>> awaitedEvents = new ConcurrentHashMap<>();
    private final int width;
    private final int height;

    /** Starts Chromium with a fresh profile under {@code scratch}, a window of the given size, sending {@code authorization}. */
    ChromiumPages(Path binary, Path scratch, int width, int height, String authorization) throws IOException, InterruptedException {
        this.width = width;
        this.height = height;
        Path profile = Files.createTempDirectory(Files.createDirectories(scratch), "chromium-profile");
        List<String> command = HeadlessChromium.command(binary, profile, "--hide-scrollbars",
                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "--window-size=" + width + "," + height, "about:blank");
        process = new ProcessBuilder(command).redirectOutput(scratch.resolve("chromium-stdout.log").toFile()).start();
        String browserUrl = devToolsUrl(process, scratch.resolve("chromium-stderr.log"));
        URI browser = URI.create(browserUrl);
        HttpClient http = HttpClient.newHttpClient();
        String pageSocket = null;
        for (int i = 0; i < 50 && pageSocket == null; i++) {
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://" + browser.getHost() + ":"
                    + browser.getPort() + "/json/list")).build(), HttpResponse.BodyHandlers.ofString());
            for (JsonNode t : RecordedPatchwork.JSON.readTree(list.body())) {
                if (t.path("type").asText().equals("page")) {
                    pageSocket = t.get("webSocketDebuggerUrl").asText();
                }
            }
            if (pageSocket == null) {
                Thread.sleep(100);
            }
        }
        if (pageSocket == null) {
            throw new IOException("Chromium shows no page target at " + browserUrl);
        }
        socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new Listener()).join();
        call("Page.enable", Map.of());
        call("Network.enable", Map.of());
        call("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", authorization)));
        call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
                "mobile", false));
    }

    /** Reads Chromium's standard error (copying it to {@code log}) until it prints its DevTools URL. */
    private static String devToolsUrl(Process process, Path log) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = err.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = DEVTOOLS.matcher(line);
            if (m.find()) {
                Files.writeString(log, seen, StandardCharsets.UTF_8);
                // keep draining it, so Chromium never blocks on a full pipe
                Thread drain = new Thread(() -> {
                    try {
                        err.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException ignored) {
                        // Chromium has exited
                    }
                }, "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        Files.writeString(log, seen, StandardCharsets.UTF_8);
        throw new IOException("Chromium exited without a DevTools URL: " + seen);
    }

    /** Opens {@code url}, waits for its load event and for the page's scripts to settle. */
    void open(String url) throws IOException {
        CompletableFuture<JsonNode> loaded = new CompletableFuture<>();
        awaitedEvents.put("Page.loadEventFired", loaded);
        JsonNode nav = call("Page.navigate", Map.of("url", url));
        if (nav.hasNonNull("errorText")) {
            throw new IOException("Chromium could not open " + url + ": " + nav.get("errorText").asText());
        }
        await(loaded, "the load of " + url);
        // Jenkins fills parts of its pages from scripts after the load event (form sections, menus)
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The value of a JavaScript expression in the open page. */
    JsonNode evaluate(String expression) throws IOException {
        JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IOException("the page threw on " + expression + ": " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** A PNG of the window as it shows the page now. */
    void screenshot(Path png) throws IOException {
        JsonNode r = call("Page.captureScreenshot", Map.of("format", "png", "clip",
                Map.of("x", 0, "y", evaluate("window.scrollY").asDouble(), "width", width, "height", height, "scale", 1)));
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, Base64.getDecoder().decode(r.get("data").asText()));
    }

    private JsonNode call(String method, Map<String, ?> params) throws IOException {
        int id = ids.incrementAndGet();
        ObjectNode msg = RecordedPatchwork.JSON.createObjectNode();
        msg.put("id", id);
        msg.put("method", method);
        msg.set("params", RecordedPatchwork.JSON.valueToTree(params));
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(msg.toString(), true).join();
        JsonNode reply = await(answer, method);
        if (reply.has("error")) {
            throw new IOException("Chromium refused " + method + ": " + reply.get("error"));
        }
        return reply.path("result");
    }

    private static JsonNode await(CompletableFuture<JsonNode> f, String what) throws IOException {
        try {
            return f.get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IOException("Chromium did not answer in " + CALL_TIMEOUT.toSeconds() + " s: " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted waiting for " + what, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(what + ": " + e.getCause(), e.getCause());
        }
    }

    /** Hands each DevTools message (answers by id, events by name) to whoever awaits it. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode m = RecordedPatchwork.JSON.readTree(text);
                    if (m.has("id")) {
                        CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
                        if (f != null) {
                            f.complete(m);
                        }
                    } else if (m.has("method")) {
                        CompletableFuture<JsonNode> f = awaitedEvents.remove(m.get("method").asText());
                        if (f != null) {
                            f.complete(m.path("params"));
                        }
                    }
                } catch (IOException e) {
                    pending.values().forEach(f -> f.completeExceptionally(e));
                }
            }
            ws.request(1);
            return null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // Chromium goes away below either way
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }
}
