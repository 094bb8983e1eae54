package io.jenkins.plugins.patchworkci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.run.RunRecord;
import io.jenkins.plugins.patchworkci.run.RunStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary says whether a broken run will be tried again or has given up. */
class RunTableTest {

    @Test
    void anErrorToBeRetriedSaysRetryAndOneThatGaveUpSaysError() throws Exception {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        RunRecord retrying = RunRecord.queued("a@x", 1, "a: one", now).with(RunStatus.RUNNING, "", now)
                .with(RunStatus.ERROR, "No space left on device (attempt 1 of 4; tried again from 2026-11-25T10:05:00Z)", now)
                .retryingAt(now.plusSeconds(300));
        RunRecord gaveUp = RunRecord.queued("b@x", 1, "b: two", now).with(RunStatus.RUNNING, "", now)
                .with(RunStatus.ERROR, "No space left on device (gave up after 4 attempts)", now);
        StringWriter w = new StringWriter();
        RunTable.print(new PrintWriter(w), Path.of("/nonexistent"), List.of(retrying, gaveUp));
        assertThat(w.toString())
                .containsPattern("(?m)^a: one +v1 +- +- +retry +No space left on device \\(attempt 1 of 4; tried again from 2026-11-25T10:05:00Z\\)$")
                .containsPattern("(?m)^b: two +v1 +- +- +error +No space left on device \\(gave up after 4 attempts\\)$");
    }
}
