package io.jenkins.plugins.patchworkci.report;

import static org.junit.jupiter.api.Assertions.fail;

import io.jenkins.plugins.patchworkci.testsupport.HeadlessChromium;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium, to see report pages as a browser does. Found as {@code $PWCI_CHROMIUM} or
 * {@code chromium} / {@code chromium-browser} on the PATH. Without it the tests skip, except when
 * {@code CI} or {@code PWCI_REQUIRE_CHROMIUM} is set: there they must run, so they fail.
 */
final class Chromium {

    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    static Chromium require() {
        Optional<Path> found = HeadlessChromium.locate();
        if (found.isEmpty()) {
            String how = "headless Chromium not found: install it with `apt-get install -y chromium` (Debian) "
                    + "or set PWCI_CHROMIUM to its path";
            if (System.getenv("CI") != null || System.getenv("PWCI_REQUIRE_CHROMIUM") != null) {
                fail(how + " (required here: CI or PWCI_REQUIRE_CHROMIUM is set)");
            }
            Assumptions.abort(how);
        }
        return new Chromium(found.get());
    }

    /** The DOM after the page loaded, as Chromium serialises it. */
    String dumpDom(Path page, Path scratch) throws IOException, InterruptedException {
        Path out = scratch.resolve("dom.html");
        run(scratch, out, "--dump-dom", page.toUri().toString());
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /**
     * How the page lays out in a window {@code width} pixels wide, measured by the browser: the
     * document's width, the window's, the right edge of the rightmost table cell, and for every
     * element marked as a subject ({@code th.pwci-subject bdi}, {@code .pwci-dash-subject bdi}) its
     * text, how many lines it takes and which words were broken across lines. The page's own
     * policy forbids scripts, so a copy is measured: without the policy, with a measuring script
     * appended.
     */
    String layout(Path page, int width, int height, Path scratch) throws IOException, InterruptedException {
        String html = Files.readString(page, StandardCharsets.UTF_8)
                .replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "");
        String script = """
                <script>
                (function () {
                  var out = {documentWidth: document.documentElement.scrollWidth, windowWidth: window.innerWidth,
                             rightmostCell: 0, subjects: []};
                  document.querySelectorAll('td, th').forEach(function (c) {
                    out.rightmostCell = Math.max(out.rightmostCell, c.getBoundingClientRect().right);
                  });
                  document.querySelectorAll('th.pwci-subject bdi, .pwci-dash-subject bdi').forEach(function (el) {
                    var node = el.firstChild, text = el.textContent, tops = [], broken = [], m, re = /\\S+/g;
                    while (node && (m = re.exec(text)) !== null) {
                      var range = document.createRange();
                      range.setStart(node, m.index);
                      range.setEnd(node, m.index + m[0].length);
                      var rects = Array.prototype.filter.call(range.getClientRects(), function (r) { return r.width > 0; });
                      var wordTops = [];
                      rects.forEach(function (r) {
                        if (wordTops.every(function (t) { return Math.abs(t - r.top) > 4; })) wordTops.push(r.top);
                        if (tops.every(function (t) { return Math.abs(t - r.top) > 4; })) tops.push(r.top);
                      });
                      if (wordTops.length > 1) broken.push(m[0]);
                    }
                    out.subjects.push({text: text, lines: tops.length, broken: broken});
                  });
                  var pre = document.createElement('pre');
                  pre.id = 'pwci-layout';
                  pre.textContent = JSON.stringify(out);
                  document.body.appendChild(pre);
                })();
                </script>
                """;
        int end = html.lastIndexOf("</body>");
        Path copy = scratch.resolve("measured-" + page.getFileName());
        Files.writeString(copy, html.substring(0, end) + script + html.substring(end), StandardCharsets.UTF_8);
        Path out = scratch.resolve("layout-dom.html");
        run(scratch, out, "--window-size=" + width + "," + height, "--hide-scrollbars", "--dump-dom",
                copy.toUri().toString());
        String dom = Files.readString(out, StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<pre id=\"pwci-layout\">(.*?)</pre>",
                java.util.regex.Pattern.DOTALL).matcher(dom);
        if (!m.find()) {
            throw new IOException("the measuring script did not run: " + dom.substring(0, Math.min(500, dom.length())));
        }
        return HtmlEscaperTest.unescape(m.group(1));
    }

    /** A PNG of the page at the given window size. */
    void screenshot(Path page, Path png, int width, int height, Path scratch) throws IOException, InterruptedException {
        run(scratch, scratch.resolve("screenshot.log"), "--screenshot=" + png.toAbsolutePath(),
                "--window-size=" + width + "," + height, "--hide-scrollbars", page.toUri().toString());
    }

    private void run(Path scratch, Path stdout, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(scratch, "profile");
        List<String> command = HeadlessChromium.command(binary, profile, args);
        Path stderr = scratch.resolve("chromium-stderr.log");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        try {
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                throw new IOException("chromium did not finish in 90 s: " + command);
            }
        } finally {
            p.destroyForcibly();
        }
        if (p.exitValue() != 0) {
            throw new IOException("chromium exited " + p.exitValue() + ": " + Files.readString(stderr));
        }
    }
}
