package io.jenkins.plugins.patchworkci.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #15: a published report ({@code index.html}, {@code run.json}) is read by a web server that
 * may run as another user. It gets the mode any new file gets under the operator's umask, as the
 * build logs beside it do; {@code Files.createTempFile} made them 0600.
 */
class PublishedFileModeTest {

    @TempDir
    Path tmp;

    @Test
    void reportFilesTakeTheUmasksModeLikeTheLogsBesideThem() throws Exception {
        Path log = Files.createFile(tmp.resolve("build.log")); // as CommandRunner makes a log
        Set<PosixFilePermission> umasked = Files.getPosixFilePermissions(log);
        assumeTrue(umasked.contains(PosixFilePermission.OTHERS_READ), "this umask keeps new files from others");
        RunJson.write(SampleRuns.finished(), tmp.resolve("run.json"));
        HtmlReport.write(SampleRuns.finished(), tmp.resolve("index.html"));
        for (String name : new String[] {"run.json", "index.html"}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve(name))))
                    .as(name).isEqualTo(PosixFilePermissions.toString(umasked));
        }
        // Rewriting a report keeps it readable (the temporary file renamed over it brings its own mode).
        RunJson.write(SampleRuns.finished(), tmp.resolve("run.json"));
        assertThat(Files.getPosixFilePermissions(tmp.resolve("run.json"))).isEqualTo(umasked);
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "build.log", "run.json", "index.html");
        }
    }
}
