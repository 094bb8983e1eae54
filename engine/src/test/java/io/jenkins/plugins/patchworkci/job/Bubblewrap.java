package io.jenkins.plugins.patchworkci.job;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether bubblewrap works here (installed, and user namespaces allowed). Tests of the sandbox skip
 * without it, except where {@code CI} or {@code PWCI_REQUIRE_BUBBLEWRAP} is set: there they must
 * run, so they fail.
 */
public final class Bubblewrap {

    private Bubblewrap() {
    }

    public static void require() throws Exception {
        boolean usable = false;
        if (Files.isExecutable(Path.of("/usr/bin/bwrap"))) {
            Process p = new ProcessBuilder("bwrap", "--ro-bind", "/", "/", "--unshare-pid", "--", "true")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            usable = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
            p.destroyForcibly();
        }
        if (!usable) {
            String why = "bubblewrap missing or unusable here (apt-get install bubblewrap; user namespaces allowed)";
            if (System.getenv("CI") != null || System.getenv("PWCI_REQUIRE_BUBBLEWRAP") != null) {
                fail(why + " (required here: CI or PWCI_REQUIRE_BUBBLEWRAP is set)");
            }
            Assumptions.abort(why);
        }
    }
}
