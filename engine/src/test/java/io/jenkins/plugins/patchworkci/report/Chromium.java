package io.jenkins.plugins.patchworkci.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        Optional<Path> found = locate();
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

    private static Optional<Path> locate() {
        String explicit = System.getenv("PWCI_CHROMIUM");
        if (explicit != null && Files.isExecutable(Path.of(explicit))) {
            return Optional.of(Path.of(explicit));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The DOM after the page loaded, as Chromium serialises it. */
    String dumpDom(Path page, Path scratch) throws IOException, InterruptedException {
        Path out = scratch.resolve("dom.html");
        run(scratch, out, "--dump-dom", page.toUri().toString());
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** A PNG of the page at the given window size. */
    void screenshot(Path page, Path png, int width, int height, Path scratch) throws IOException, InterruptedException {
        run(scratch, scratch.resolve("screenshot.log"), "--screenshot=" + png.toAbsolutePath(),
                "--window-size=" + width + "," + height, "--hide-scrollbars", page.toUri().toString());
    }

    private void run(Path scratch, Path stdout, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(scratch, "profile");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
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
