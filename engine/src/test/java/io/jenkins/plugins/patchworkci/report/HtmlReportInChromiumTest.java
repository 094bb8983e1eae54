package io.jenkins.plugins.patchworkci.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a browser sees it: hostile subjects and names stay text, and the sample page
 * renders. Set {@code -Dpwci.screenshot=<png>} to write the sample screenshot somewhere kept
 * ({@code docs/images/report-sample.png} is made that way).
 */
class HtmlReportInChromiumTest {

    @Test
    void hostileMailStringsAreTextInTheBrowsersDom(@TempDir Path dir) throws IOException, InterruptedException {
        Chromium chromium = Chromium.require();
        Run run = SampleRuns.hostile();
        Path page = dir.resolve("hostile.html");
        HtmlReport.write(run, page);

        String dom = chromium.dumpDom(page, dir);

        assertThat(dom).contains("<table class=\"pwci-matrix\">");
        // The page has no script and no image of its own: any in the DOM would have come from mail.
        assertThat(dom).doesNotContainPattern("(?i)<script").doesNotContainPattern("(?i)<img");
        assertThat(dom).doesNotContainPattern("(?i)<[a-z][^>]*\\son[a-z]+\\s*=");
        assertThat(dom).doesNotContain("<b>bold</b>");
        List<String> texts = mailTexts(dom);
        assertThat(texts).contains(run.series().title(), run.series().author().name(), run.series().author().email());
        for (ReportedPatch p : run.series().patches()) {
            assertThat(texts).contains(p.mail().subjectWithoutPrefix());
        }
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("\u202Egnp.exe\u202C"));
    }

    @Test
    void sampleReportRendersAsAScreenshot(@TempDir Path dir) throws IOException, InterruptedException {
        Chromium chromium = Chromium.require();
        Path page = dir.resolve("sample.html");
        HtmlReport.write(SampleRuns.finished(), page);
        String target = System.getProperty("pwci.screenshot");
        Path png = target != null ? Path.of(target) : dir.resolve("report-sample.png");

        chromium.screenshot(page, png, 1280, 900, dir);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(900);
        // The fail, warning and success cells are painted in their colours.
        assertThat(colours(image)).contains(0xfde2e4, 0xfff1c2, 0xe3f4e8);
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    /** The text of every {@code <bdi class="pwci-mail">}, as the browser holds it. */
    private static List<String> mailTexts(String dom) {
        Matcher m = Pattern.compile("<bdi class=\"pwci-mail\">(.*?)</bdi>", Pattern.DOTALL).matcher(dom);
        List<String> texts = new ArrayList<>();
        while (m.find()) {
            assertThat(m.group(1)).as("a mail string holds no element").doesNotContain("<");
            texts.add(HtmlEscaperTest.unescape(m.group(1)));
        }
        return texts;
    }

    private static java.util.Set<Integer> colours(BufferedImage image) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return seen;
    }
}
