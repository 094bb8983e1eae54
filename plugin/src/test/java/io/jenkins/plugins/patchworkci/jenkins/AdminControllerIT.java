package io.jenkins.plugins.patchworkci.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.patchworkci.testsupport.HeadlessChromium;
import io.jenkins.plugins.patchworkci.testsupport.RecordedPatchwork;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plugin in a real Jenkins, run as an administrator runs it: {@code java -jar jenkins.war} with the built
 * {@code patchwork-ci.hpi} and the plugins Maven resolved for it ({@link JenkinsController}), security on (one
 * administrator, nothing for anonymous), everything configured by Configuration as Code
 * ({@code controller/jenkins.yaml}: the Patchwork server and its token credential), the multibranch project
 * created through the REST API ({@code controller/netdevbpf-job.xml}), its Jenkinsfile in a pipeline repository
 * ({@code controller/Jenkinsfile}) and the target tree both served by {@code git daemon}, against the recorded
 * Patchwork 3.1 ({@link RecordedPatchwork}) on loopback.
 *
 * <p>The scan builds the recorded series, which applies and posts its checks; then net-next changes the lines
 * the series changes, and <em>Retest</em> builds the same version again, which no longer applies: the second
 * build fails and says so to Patchwork. Assertions are on what the recorded Patchwork received.
 *
 * <p>With Chromium here, it then takes screenshots of the controller's pages (into
 * {@code target/controller-it/screenshots}, or the folder named by {@code -Dpwci.screenshots}, which is how
 * {@code docs/images/jenkins-*.png} are made); with {@code PWCI_REQUIRE_CHROMIUM} or {@code CI} set, a missing
 * Chromium fails the test. An integration test (failsafe, after {@code package}): it needs the {@code .hpi}.
 */
class AdminControllerIT {

    private static final String RESOURCES = "/io/jenkins/plugins/patchworkci/jenkins/controller/";
    private static final String PROJECT = "netdevbpf";
    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final Duration BUILD = Duration.ofMinutes(2);

    private final Path work = Path.of("target", "controller-it").toAbsolutePath();
    private final Map<String, Long> phases = new LinkedHashMap<>();
    private long phaseStart = System.nanoTime();

    @Test
    void aControllerConfiguredAsCodeBuildsTheRecordedSeriesAndPostsItsChecks() throws Exception {
        deleteTree(work);
        Files.createDirectories(work);
        String adminPassword = randomHex(16);
        String token = randomHex(20);
        try (RecordedPatchwork patchwork = new RecordedPatchwork()) {
            LocalGitRepository netNext = LocalGitRepository.init(work.resolve("git/net-next"));
            netNext.commit("net/core/dev.c", SeriesProjectFixture.DEV_C, "net: core: add a()");
            LocalGitRepository pipeline = LocalGitRepository.init(work.resolve("git/pipeline"));
            pipeline.commit("Jenkinsfile", resource("Jenkinsfile"), "the pipeline of every series");

            try (GitDaemon git = new GitDaemon(work.resolve("git"), work.resolve("git-daemon.log"));
                    JenkinsController jenkins = new JenkinsController(work.resolve("home"), adminPassword)) {
                jenkins.installPlugins(Path.of("target", "test-classes", "test-dependencies"),
                        Path.of("target", "patchwork-ci.hpi"));
                Path casc = work.resolve("jenkins.yaml");
                Files.writeString(casc, resource("jenkins.yaml"), StandardCharsets.UTF_8);
                phase("prepare");
                jenkins.start(casc, Map.of(
                        "PWCI_ADMIN_PASSWORD", adminPassword,
                        "PWCI_PATCHWORK_TOKEN", token,
                        "PWCI_CONTROLLER_URL", jenkins.url(),
                        "PWCI_PATCHWORK_API_URL", patchwork.apiUrl()), STARTUP);
                phase("start the controller");

                // security as configured: anonymous sees nothing, the administrator everything
                assertEquals(403, jenkins.get("api/json", false).statusCode(), "anonymous must not read");
                assertEquals(403, jenkins.get("manage/configure", false).statusCode());
                assertRenders(jenkins, "manage/configure", "name=\"_.archiveUrl\"");

                HttpResponse<String> created = jenkins.post("createItem?name=" + PROJECT, "application/xml",
                        resource("netdevbpf-job.xml").replace("@GIT@", git.url()));
                assertEquals(200, created.statusCode(), created.body());
                assertRenders(jenkins, "job/" + PROJECT + "/configure", "name=\"_.maxAgeDays\"");
                HttpResponse<String> scan = jenkins.post("job/" + PROJECT + "/build?delay=0sec", "text/plain", "");
                assertTrue(scan.statusCode() == 200 || scan.statusCode() == 302, "scan: HTTP " + scan.statusCode());

                String head = SeriesProjectFixture.expectedHead().toString();
                String job = "job/" + PROJECT + "/job/" + head + "/";
                JsonNode first = awaitBuild(jenkins, job, 1);
                phase("scan and build #1");
                String console1 = jenkins.get(job + "1/consoleText", true).body();
                assertEquals("SUCCESS", first.path("result").asText(), console1);
                assertTrue(console1.contains("v2 of series 6, 3 patches, for net-next"), console1);

                String auth = "Token " + token;
                List<Long> patches = SeriesProjectFixture.recordedPatchIds();
                awaitChecks(patchwork, auth, patches, "jenkins", "success");
                for (long patch : patches) {
                    List<JsonNode> posted = patchwork.checksPosted(auth).get(patch);
                    List<String> s = states(posted);
                    // pending at the start, the outcome at the end; patchworkVerify's checks in its own order
                    assertEquals(5, s.size(), "patch " + patch + ": " + s);
                    assertEquals(List.of("jenkins=pending", "apply=success", "jenkins=success"),
                            List.of(s.get(0), s.get(1), s.get(4)), "patch " + patch + ": " + s);
                    assertEquals(List.of("series_format=success", "verify_signedoff=success"),
                            s.subList(2, 4).stream().sorted().toList(), "patch " + patch + ": " + s);
                    assertEquals(jenkins.url() + job + "1/", posted.get(posted.size() - 1).path("target_url").asText());
                    assertEquals("applies to net-next", posted.get(1).path("description").asText());
                }

                // net-next moves on and changes the line the series changes: a retest of v2 no longer applies
                netNext.commit("net/core/dev.c", SeriesProjectFixture.DEV_C.replace("return 0;", "return 2;"),
                        "net: core: a() returns 2");
                HttpResponse<String> retest = jenkins.post(job + "1/patchwork-retest/retest", "text/plain", "");
                assertEquals(302, retest.statusCode(), "retest: HTTP " + retest.statusCode() + " " + retest.body());
                JsonNode second = awaitBuild(jenkins, job, 2);
                phase("retest, build #2");
                String console2 = jenkins.get(job + "2/consoleText", true).body();
                assertEquals("FAILURE", second.path("result").asText(), console2);
                assertTrue(console2.contains("the series does not apply to net-next"), console2);
                awaitChecks(patchwork, auth, patches, "jenkins", "fail");
                for (long patch : patches) {
                    List<String> all = states(patchwork.checksPosted(auth).get(patch));
                    assertEquals(List.of("jenkins=pending", "apply=fail", "jenkins=fail"), all.subList(5, all.size()),
                            "patch " + patch);
                }

                // only checks were posted, all with the token; no secret in any build log
                List<RecordedPatchwork.Request> posts = patchwork.requests().stream()
                        .filter(q -> q.method().equals("POST")).toList();
                assertEquals(8 * patches.size(), posts.size(), posts.toString());
                assertTrue(posts.stream().allMatch(q -> auth.equals(q.authorization())), posts.toString());
                for (String console : List.of(console1, console2)) {
                    assertFalse(console.contains(token), "the Patchwork token is in a build log");
                    assertFalse(console.contains(adminPassword), "the admin password is in a build log");
                }
                assertTrue(jenkins.get("job/" + PROJECT + "/indexing/consoleText", true).body()
                        .contains("Scanning Patchwork project netdevbpf"));

                // the series page names the author with the address, escaped (the brackets are text, not a tag)
                JsonNode submitter = RecordedPatchwork.recordedSeries6().get("submitter");
                assertRenders(jenkins, job + "1/patchwork/", submitter.get("name").asText() + " &lt;"
                        + submitter.get("email").asText());

                screenshots(jenkins, job);
                phase("screenshots");
                keepForALook(jenkins, adminPassword);
            }
        }
        phase("stop");
        long total = phases.values().stream().mapToLong(Long::longValue).sum();
        System.out.println("AdminControllerIT: " + phases + " ms; total " + total / 1000 + " s");
    }

    /**
     * With {@code -Dpwci.controller.keep=<seconds>}, the controller stays up that long after the test passed, for
     * a person to look around (the run's administrator password is printed: it exists only for this run).
     */
    private static void keepForALook(JenkinsController jenkins, String adminPassword) throws InterruptedException {
        long seconds = Long.getLong("pwci.controller.keep", 0);
        if (seconds > 0) {
            System.out.println("AdminControllerIT: " + jenkins.url() + " stays up " + seconds + " s; user "
                    + JenkinsController.ADMIN + ", password " + adminPassword);
            Thread.sleep(seconds * 1000);
        }
    }

    /** The pages an administrator looks at, as PNGs: each must answer 200 to the administrator first. */
    private void screenshots(JenkinsController jenkins, String job) throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("jenkins-global-configuration.png", "manage/configure");
        pages.put("jenkins-branch-source.png", "job/" + PROJECT + "/configure");
        pages.put("jenkins-multibranch-job.png", "job/" + PROJECT + "/");
        pages.put("jenkins-series-build.png", job + "1/");
        pages.put("jenkins-series-page.png", job + "1/patchwork/");
        pages.put("jenkins-failed-apply.png", job + "2/patchwork/");
        pages.put("jenkins-failed-apply-console.png", job + "2/console");
        for (String path : pages.values()) {
            assertEquals(200, jenkins.get(path, true).statusCode(), path);
        }
        Optional<Path> chromium = HeadlessChromium.locate();
        if (chromium.isEmpty()) {
            if (System.getenv("CI") != null || System.getenv("PWCI_REQUIRE_CHROMIUM") != null) {
                fail("headless Chromium not found (required here: CI or PWCI_REQUIRE_CHROMIUM is set)");
            }
            System.out.println("AdminControllerIT: no Chromium here, no screenshots");
            return;
        }
        String dir = System.getProperty("pwci.screenshots");
        Path out = dir == null || dir.isBlank() ? work.resolve("screenshots") : Path.of(dir);
        try (ChromiumPages browser = new ChromiumPages(chromium.get(), work.resolve("chromium"), 1600, 900,
                jenkins.adminAuthorization())) {
            for (Map.Entry<String, String> page : pages.entrySet()) {
                browser.open(jenkins.url() + page.getValue());
                String title = browser.evaluate("document.title").asText();
                assertFalse(title.contains("Oops") || title.contains("Error"), page.getValue() + ": " + title);
                scrollTo(browser, page.getKey());
                browser.screenshot(out.resolve(page.getKey()));
            }
        }
    }

    /** Waits for the page's lists filled by requests of its own, then shows the part of the page that matters. */
    private static void scrollTo(ChromiumPages browser, String png) throws Exception {
        JenkinsController.waitFor("the drop-down lists of " + png + " to be filled", Duration.ofSeconds(30), () ->
                browser.evaluate("[...document.querySelectorAll('select[fillUrl]')].every(s => s.options.length > 0)")
                        .asBoolean());
        String heading = switch (png) {
            case "jenkins-global-configuration.png" -> "Patchwork";
            case "jenkins-branch-source.png" -> "Branch Sources";
            default -> null;
        };
        if (heading != null) {
            JsonNode found = browser.evaluate("(() => { const h = [...document.querySelectorAll("
                    + "'.jenkins-section__title, h2, h3')].find(e => e.textContent.trim() === '" + heading + "');"
                    + " if (!h) return false; h.scrollIntoView(); window.scrollBy(0, -70); return true; })()");
            assertTrue(found.asBoolean(), "no section " + heading + " on the page of " + png);
        }
        if (png.equals("jenkins-failed-apply-console.png")) {
            // the checkout's own words, with the lines before them
            // (by a text walk: Jenkins' scripts define a global find() that hides window.find)
            assertTrue(browser.evaluate("(() => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                    + " for (let n = w.nextNode(); n; n = w.nextNode()) { const i = n.textContent.indexOf('does not apply');"
                    + " if (i < 0) continue; const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 14);"
                    + " window.scrollTo(0, r.getBoundingClientRect().top + window.scrollY - 450); return true; }"
                    + " return false; })()").asBoolean(), "no 'does not apply' in the console");
        }
    }

    /** The page answers 200 to the administrator and has the plugin's part (a form field of its, say). */
    private static void assertRenders(JenkinsController jenkins, String path, String part) throws IOException {
        HttpResponse<String> page = jenkins.get(path, true);
        assertEquals(200, page.statusCode(), path);
        assertTrue(page.body().contains(part), path + " renders without " + part + " (see " + jenkins.log() + ")");
    }

    /** Waits for build {@code number} of the job to exist and finish; its JSON. */
    private static JsonNode awaitBuild(JenkinsController jenkins, String job, int number) throws Exception {
        JsonNode[] build = new JsonNode[1];
        JenkinsController.waitFor(job + number + " to finish (log: " + jenkins.log() + ")", BUILD, () -> {
            HttpResponse<String> r = jenkins.get(job + number + "/api/json", true);
            if (r.statusCode() != 200) {
                return false;
            }
            build[0] = RecordedPatchwork.JSON.readTree(r.body());
            return !build[0].path("building").asBoolean(true) && build[0].hasNonNull("result");
        });
        return build[0];
    }

    /** Waits until every patch's last check posted with {@code auth} is {@code context=state}. */
    private static void awaitChecks(RecordedPatchwork patchwork, String auth, List<Long> patches, String context,
            String state) throws Exception {
        JenkinsController.waitFor("the checks " + context + "=" + state + " on patches " + patches, BUILD, () -> {
            Map<Long, List<JsonNode>> posted = patchwork.checksPosted(auth);
            return patches.stream().allMatch(p -> {
                List<String> s = states(posted.getOrDefault(p, List.of()));
                return !s.isEmpty() && s.get(s.size() - 1).equals(context + "=" + state);
            });
        });
    }

    private static List<String> states(List<JsonNode> checks) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : checks) {
            out.add(c.path("context").asText() + "=" + c.path("state").asText());
        }
        return out;
    }

    private void phase(String name) {
        long now = System.nanoTime();
        phases.put(name, (now - phaseStart) / 1_000_000);
        phaseStart = now;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = AdminControllerIT.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
