package io.jenkins.plugins.patchworkci.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where headless Chromium is and how every test starts it: {@code $PWCI_CHROMIUM}, else
 * {@code chromium} or {@code chromium-browser} on the PATH; always with a profile of its own and
 * with Chromium's background connections off (this machine's network refuses them, many at a time).
 * The engine's page tests (one page, one process) and the plugin's (a live controller over the
 * DevTools protocol) both start it from here.
 */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /** Chromium, if there is one here. */
    public static Optional<Path> locate() {
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

    /** The command that starts {@code binary} headless with the profile {@code profile}, then {@code args}. */
    public static List<String> command(Path binary, Path profile, String... args) {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        return command;
    }
}
