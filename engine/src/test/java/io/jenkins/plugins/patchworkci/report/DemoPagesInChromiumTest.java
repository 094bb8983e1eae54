package io.jenkins.plugins.patchworkci.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.patchworkci.apply.MirrorCache;
import io.jenkins.plugins.patchworkci.check.CheckRegistry;
import io.jenkins.plugins.patchworkci.demo.DemoWorkspace;
import io.jenkins.plugins.patchworkci.run.RunConfig;
import io.jenkins.plugins.patchworkci.intake.SeriesOrigin;
import io.jenkins.plugins.patchworkci.intake.SeriesReader;
import io.jenkins.plugins.patchworkci.run.SeriesRun;
import io.jenkins.plugins.patchworkci.series.Series;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's day through the whole job, then its pages as a maintainer opens them in Chromium at
 * 1280 px: a passing series, one with a new warning, one that does not apply, one that needs a
 * rebase, the dashboard and the lineage of "demo: polish". Each page fits the window and every
 * subject reads on at most two lines with no word broken; each is photographed. Set
 * {@code -Dpwci.screenshots=docs/images} to keep the pictures ({@code docs/reports.md} shows them).
 */
class DemoPagesInChromiumTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDemosPagesFitTheWindowAndArePhotographed(@TempDir Path tmp) throws Exception {
        Chromium chromium = Chromium.require();
        DemoWorkspace demo = DemoWorkspace.create(tmp.resolve("demo"));
        RunConfig config = RunConfig.read(demo.config(), Map.of());
        SeriesReader.Read read = SeriesReader.withDefaults().read(demo.mailbox());
        List<Series> all = SeriesReader.assemble(read.messages()).series();
        SeriesRun job = new SeriesRun(config, new MirrorCache(config.work().resolve("mirrors")), CheckRegistry.builtIn(),
                List.of(), Clock.systemUTC());
        Map<String, Path> pages = new LinkedHashMap<>();
        for (Series s : all) {
            job.call(s, SeriesOrigin.mail("demo"), read::recipients, all);
            pages.put(s.subject() + " v" + s.version(), job.reportDir(s).resolve("index.html"));
        }
        Path out = config.work().resolve("out");
        Path lineage;
        try (var files = Files.list(out)) {
            lineage = files.filter(f -> f.getFileName().toString().startsWith("lineage-")).findFirst().orElseThrow();
        }
        Map<String, Path> shots = new LinkedHashMap<>();
        shots.put("report-passing.png", pages.get("net: add sock_recv() v1"));
        shots.put("report-warning.png", pages.get("net: dev: prepare to count drops v1"));
        shots.put("report-not-applying.png", pages.get("net: dev: document the queue length v1"));
        shots.put("report-needs-rebase.png", pages.get("net: dev: shorter default queue v1"));
        shots.put("dashboard.png", out.resolve("index.html"));
        shots.put("lineage.png", lineage);

        String keep = System.getProperty("pwci.screenshots");
        Path dir = keep != null ? Path.of(keep) : Files.createDirectories(tmp.resolve("shots"));
        for (Map.Entry<String, Path> shot : shots.entrySet()) {
            assertThat(shot.getValue()).as(shot.getKey()).isNotNull().exists();
            JsonNode layout = JSON.readTree(chromium.layout(shot.getValue(), 1280, 900, tmp));
            assertThat(layout.get("documentWidth").asInt()).as(shot.getKey()).isLessThanOrEqualTo(1280);
            assertThat(layout.get("rightmostCell").asDouble()).as(shot.getKey()).isLessThanOrEqualTo(1280);
            for (JsonNode s : layout.get("subjects")) {
                assertThat(s.get("lines").asInt()).as("%s: %s", shot.getKey(), s.get("text")).isBetween(1, 2);
                assertThat(s.get("broken")).as("%s: %s", shot.getKey(), s.get("text")).isEmpty();
            }
            Path png = dir.resolve(shot.getKey());
            chromium.screenshot(shot.getValue(), png, 1280, 900, tmp);
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo(1280);
        }
        String dashboard = Files.readString(out.resolve("index.html"));
        assertThat(dashboard).contains("needs a rebase").contains("demo: polish");
        assertThat(Files.readString(pages.get("net: dev: shorter default queue v1")))
                .contains("Needs a rebase: applies at its base-commit");
    }
}
