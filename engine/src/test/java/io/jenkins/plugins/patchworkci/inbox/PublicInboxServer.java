package io.jenkins.plugins.patchworkci.inbox;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real public-inbox: V2 inboxes built in a temp directory with {@code public-inbox-init} and fed by
 * {@code public-inbox-mda} (which indexes as it delivers), served by {@code public-inbox-httpd} on a
 * free loopback port. Everything lives under the temp dir (HOME, PI_CONFIG, the emergency maildir);
 * the daemon is killed on {@link #close()} and, should the JVM die first, by a shutdown hook.
 */
public final class PublicInboxServer implements AutoCloseable {

    public static final String INSTALL_HINT = "public-inbox with Xapian search is needed: apt-get install public-inbox"
            + " (its libpublicinbox-perl depends on libsearch-xapian-perl)";

    private final Path dir;
    private final Map<String, String> env = new HashMap<>();
    private final List<String> lists = new ArrayList<>();
    private final Map<String, String> addresses = new HashMap<>();
    private Process httpd;
    private Thread hook;
    private int port;

    /** Skips the calling test when public-inbox or its search is missing, unless the environment demands them. */
    public static void assumeInstalled() {
        boolean tools = Files.isExecutable(Path.of("/usr/bin/public-inbox-httpd"))
                && Files.isExecutable(Path.of("/usr/bin/public-inbox-init"))
                && Files.isExecutable(Path.of("/usr/bin/public-inbox-mda"));
        boolean xapian = tools && (succeeds("perl", "-MSearch::Xapian", "-e1") || succeeds("perl", "-MXapian", "-e1"));
        if (!xapian && System.getenv("PWCI_REQUIRE_PUBLIC_INBOX") != null) {
            fail("PWCI_REQUIRE_PUBLIC_INBOX is set but " + INSTALL_HINT);
        }
        Assumptions.assumeTrue(xapian, INSTALL_HINT);
    }

    private static boolean succeeds(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public PublicInboxServer(Path dir) throws IOException {
        this.dir = dir;
        Path home = Files.createDirectories(dir.resolve("home"));
        env.put("HOME", home.toString());
        env.put("PI_CONFIG", dir.resolve("pi-config").toString());
        env.put("PI_EMERGENCY", dir.resolve("emergency").toString());
        env.put("GIT_AUTHOR_NAME", "Jane Dev");
        env.put("GIT_AUTHOR_EMAIL", "jane@example.org");
        env.put("GIT_COMMITTER_NAME", "Jane Dev");
        env.put("GIT_COMMITTER_EMAIL", "jane@example.org");
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("TZ", "UTC");
        env.put("LC_ALL", "C");
    }

    public static String address(String list) {
        return list + "@lists.example.org";
    }

    /** A V2 inbox indexed for search (indexlevel medium: Xapian, what rt: needs). Before {@link #start()}. */
    public void init(String list) throws IOException, InterruptedException {
        init(list, address(list));
    }

    /** An inbox whose posting address is {@code address}: public-inbox-mda takes mail To or Cc it. */
    public void init(String list, String address) throws IOException, InterruptedException {
        addresses.put(list, address);
        run(null, "public-inbox-init", "-V2", "-L", "medium", list, dir.resolve("inboxes").resolve(list).toString(),
                "http://127.0.0.1/" + list, address);
        run(null, "git", "config", "-f", env.get("PI_CONFIG"), "publicinboxmda.spamcheck", "none");
        lists.add(list);
    }

    /** Delivers one message (no mbox From line) as the list's MTA would. */
    public void deliver(String list, byte[] message) throws IOException, InterruptedException {
        Map<String, String> extra = Map.of("ORIGINAL_RECIPIENT", addresses.getOrDefault(list, address(list)));
        run(extra, message, "public-inbox-mda");
    }

    public void start() throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 3 && httpd == null; attempt++) {
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            }
            ProcessBuilder pb = new ProcessBuilder("public-inbox-httpd", "-W0", "-l", "http://127.0.0.1:" + port)
                    .redirectOutput(dir.resolve("httpd.out").toFile()).redirectError(dir.resolve("httpd.err").toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            hook = new Thread(() -> kill(p), "public-inbox-httpd killer");
            Runtime.getRuntime().addShutdownHook(hook);
            if (awaitReady(p)) {
                httpd = p;
            } else {
                kill(p);
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
        if (httpd == null) {
            fail("public-inbox-httpd did not start: " + Files.readString(dir.resolve("httpd.err")));
        }
    }

    private boolean awaitReady(Process p) throws InterruptedException {
        HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline && p.isAlive()) {
            try {
                HttpResponse<Void> r = c.send(HttpRequest.newBuilder(base().resolve(lists.get(0) + "/")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        return false;
    }

    /**
     * Restarts the daemon on the same port. public-inbox-httpd keeps its Xapian index open and reopens it
     * only on a 30-second cleanup timer, so search results lag deliveries by up to 30 s (sqlite-backed
     * pages such as the Atom feed do not); a restart makes the index current at once.
     */
    public void refresh() throws IOException, InterruptedException {
        close();
        ProcessBuilder pb = new ProcessBuilder("public-inbox-httpd", "-W0", "-l", "http://127.0.0.1:" + port)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("httpd.out").toFile()))
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("httpd.err").toFile()));
        pb.environment().putAll(env);
        Process p = pb.start();
        hook = new Thread(() -> kill(p), "public-inbox-httpd killer");
        Runtime.getRuntime().addShutdownHook(hook);
        if (!awaitReady(p)) {
            kill(p);
            fail("public-inbox-httpd did not restart: " + Files.readString(dir.resolve("httpd.err")));
        }
        httpd = p;
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(Map<String, String> extra, String... command) throws IOException, InterruptedException {
        run(extra, null, command);
    }

    private void run(Map<String, String> extra, byte[] stdin, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        if (extra != null) {
            pb.environment().putAll(extra);
        }
        Process p = pb.start();
        try {
            if (stdin != null) {
                p.getOutputStream().write(stdin);
            }
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                fail(String.join(" ", command) + " failed: " + new String(out, StandardCharsets.UTF_8));
            }
        } finally {
            p.destroyForcibly();
        }
    }

    @Override
    public void close() {
        if (httpd != null) {
            kill(httpd);
            httpd = null;
        }
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or ran
            }
            hook = null;
        }
    }
}
