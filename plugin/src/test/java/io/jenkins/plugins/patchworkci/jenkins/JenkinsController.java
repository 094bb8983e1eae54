package io.jenkins.plugins.patchworkci.jenkins;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.patchworkci.testsupport.RecordedPatchwork;
import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Jenkins controller, started as an administrator starts one: {@code java -jar jenkins.war} with a
 * fresh {@code JENKINS_HOME} whose {@code plugins/} holds the built {@code patchwork-ci.hpi} and the plugins
 * Maven resolved for it, configured by Configuration as Code ({@code CASC_JENKINS_CONFIG}), listening on a
 * loopback port only. Talks to it over HTTP as the administrator (HTTP Basic, with a CSRF crumb for POSTs).
 *
 * <p>Where the files come from, all made by the {@code -Pjenkins} build before its integration tests:
 * <ul>
 *   <li>{@code jenkins.war}: the {@code jenkins-war} artifact the plugin parent POM puts on the test
 *       class path ({@code executable-war}, the version of {@code jenkins.version});
 *   <li>the plugins: {@code target/test-classes/test-dependencies/}, where maven-hpi-plugin's
 *       {@code resolve-test-dependencies} copies every plugin the pom depends on (with their own
 *       dependencies: workflow, branch-api, git, credentials, configuration-as-code, ...), listed in its
 *       {@code index}; the {@code jenkins.war} of jenkins-m2 has no detached plugins, so nothing else is there;
 *   <li>{@code target/patchwork-ci.hpi}: the package phase's plugin.
 * </ul>
 */
final class JenkinsController implements AutoCloseable {

    static final String ADMIN = "admin";

    private final Path home;
    private final int port;
    private final String adminPassword;
    private final HttpClient http;
    private Process process;

    JenkinsController(Path home, String adminPassword) throws IOException {
        this.home = home;
        this.port = freeLoopbackPort();
        this.adminPassword = adminPassword;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A port free on loopback now (the controller binds it a moment later). */
    static int freeLoopbackPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** The controller's root URL, with the trailing slash (as Jenkins' own URL setting). */
    String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    Path home() {
        return home;
    }

    Path log() {
        return home.resolve("jenkins.log");
    }

    /** The value of the Authorization header the administrator's requests carry. */
    String adminAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + adminPassword).getBytes(StandardCharsets.UTF_8));
    }

    /** jenkins.war from the test class path (the plugin parent POM's {@code jenkins-war} test dependency). */
    static Path jenkinsWar() {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (p.getFileName().toString().startsWith("jenkins-war-") && p.getFileName().toString().endsWith(".war")) {
                return p;
            }
        }
        throw new IllegalStateException("no jenkins-war-*.war on the test class path: " + System.getProperty("java.class.path"));
    }

    /**
     * Installs the plugins: every {@code .hpi} of {@code resolved} (maven-hpi-plugin's test-dependencies folder)
     * and {@code plugin}, as {@code plugins/<name>.jpi}, the name Jenkins itself gives an installed plugin.
     */
    void installPlugins(Path resolved, Path plugin) throws IOException {
        Path plugins = Files.createDirectories(home.resolve("plugins"));
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(resolved)) {
            s.filter(p -> p.getFileName().toString().endsWith(".hpi")).forEach(all::add);
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("no plugins in " + resolved + ": run the build's process-test-classes phase first");
        }
        all.add(plugin);
        for (Path p : all) {
            String name = p.getFileName().toString().replaceFirst("\\.hpi$", ".jpi");
            Files.copy(p, plugins.resolve(name));
        }
    }

    /**
     * Starts {@code java -jar jenkins.war} on loopback with the Configuration as Code file and the environment
     * it reads its {@code ${...}} values from, and waits until the administrator is recognised (security and
     * everything else of the file applied).
     */
    void start(Path cascFile, Map<String, String> cascEnvironment, Duration timeout) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(),
                "-Xmx768m",
                "-Djava.awt.headless=true",
                // an administrator installing by Configuration as Code skips the interactive setup wizard
                "-Djenkins.install.runSetupWizard=false",
                // no update center here (and no Internet): no download attempts at start
                "-Dhudson.model.UpdateCenter.never=true",
                "-Dhudson.model.DownloadService.never=true",
                "-jar", jenkinsWar().toString(),
                "--httpListenAddress=127.0.0.1", "--httpPort=" + port);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log().toFile());
        pb.environment().put("JENKINS_HOME", home.toString());
        pb.environment().put("CASC_JENKINS_CONFIG", cascFile.toString());
        pb.environment().putAll(cascEnvironment);
        process = pb.start();
        waitFor("the controller to answer as the administrator (log: " + log() + ")", timeout, () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the controller exited with " + process.exitValue() + ": " + tail(log()));
            }
            try {
                HttpResponse<String> r = get("whoAmI/api/json", true);
                return r.statusCode() == 200 && RecordedPatchwork.JSON.readTree(r.body()).path("authenticated").asBoolean();
            } catch (IOException e) {
                return false; // not listening yet
            }
        });
    }

    /** A GET of a path below the root, as the administrator or anonymously. */
    HttpResponse<String> get(String path, boolean asAdmin) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(30)).GET();
        if (asAdmin) {
            b.header("Authorization", adminAuthorization());
        }
        return send(b.build());
    }

    /** The JSON of a path's {@code api/json}, as the administrator; fails on any status but 200. */
    JsonNode json(String path) throws IOException {
        HttpResponse<String> r = get(path + "api/json", true);
        if (r.statusCode() != 200) {
            throw new IOException("GET " + path + "api/json: HTTP " + r.statusCode());
        }
        return RecordedPatchwork.JSON.readTree(r.body());
    }

    /**
     * A POST as the administrator, with the CSRF crumb Jenkins asks of every POST made with a password
     * (the crumb belongs to the session, kept in this client's cookies).
     */
    HttpResponse<String> post(String path, String contentType, String body) throws IOException {
        JsonNode crumb = json("crumbIssuer/");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", adminAuthorization())
                .header(crumb.get("crumbRequestField").asText(), crumb.get("crumb").asText())
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + request.uri(), e);
        }
    }

    /** Polls {@code condition} every half second until it holds, or fails naming what was awaited. */
    static void waitFor(String what, Duration timeout, IoCondition condition) throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(500);
        }
    }

    /** A condition that may read over HTTP. */
    interface IoCondition {
        boolean holds() throws IOException;
    }

    /** The last lines of a log file, for a failure message. */
    static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    /** Stops the controller as its service manager would (SIGTERM: Jenkins shuts down cleanly), then for good. */
    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }
}
