package io.jenkins.plugins.patchworkci.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Trusted programs the tests run (git, grep, {@code make --version}) through {@link ToolCommand}:
 * directly, in the current directory, in a {@link BuildEnvironment} under {@code target/}.
 */
final class Programs {

    private Programs() {
    }

    static ToolLauncher direct() {
        try {
            return ToolLauncher.direct(BuildEnvironment.in(Path.of("target", "test-build-env"), Map.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ToolCommand command(List<String> command) {
        return new ToolCommand(command).directory(Path.of("").toAbsolutePath()).launchedBy(direct());
    }
}
