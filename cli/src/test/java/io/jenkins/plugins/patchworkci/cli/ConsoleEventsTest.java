package io.jenkins.plugins.patchworkci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.run.RunRecord;
import io.jenkins.plugins.patchworkci.run.RunStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code pwci run}'s progress: plain lines in a log, one status line rewritten in place on a terminal. */
class ConsoleEventsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private static void twoRuns(ConsoleEvents e) {
        e.started("[v1] a: one");
        e.step("[v1] a: one", "fetching");
        e.started("[v2] b: two");
        e.step("[v2] b: two", "fetching");
        e.step("[v1] a: one", "applying 3 patches");
        e.finished("[v1] a: one", RunRecord.queued("a@x", 1, "a: one", NOW).with(RunStatus.RUNNING, "", NOW)
                .with(RunStatus.ERROR, "No space left on device", NOW).retryingAt(NOW.plusSeconds(300)));
        e.step("[v2] b: two", "reporting");
        e.finished("[v2] b: two", RunRecord.queued("b@x", 2, "b: two", NOW).with(RunStatus.DONE, "success: x", NOW));
    }

    @Test
    void inALogEveryStepIsAPlainLine() {
        StringWriter w = new StringWriter();
        twoRuns(new ConsoleEvents(new PrintWriter(w)));
        assertThat(w.toString()).doesNotContain("\r").isEqualTo(String.join(System.lineSeparator(),
                "running [v1] a: one", "  [v1] a: one: fetching", "running [v2] b: two", "  [v2] b: two: fetching",
                "  [v1] a: one: applying 3 patches",
                "finished [v1] a: one: error No space left on device", "  [v2] b: two: reporting",
                "finished [v2] b: two: done success: x", ""));
    }

    @Test
    void onATerminalTheStepsOfEveryRunningSeriesShareOneLineRewrittenInPlace() {
        StringWriter w = new StringWriter();
        twoRuns(new ConsoleEvents(new PrintWriter(w), true));
        String s = w.toString();
        assertThat(s).doesNotContain(": fetching" + System.lineSeparator());
        assertThat(s).contains("\rrunning 2: [v1] a: one \u2014 applying 3 patches | [v2] b: two \u2014 fetching")
                .contains("\rrunning 1: [v2] b: two \u2014 reporting");
        // The plain lines stay, each on a line of its own, and none is left behind once nothing runs.
        // What a terminal shows of each line is what follows its last carriage return.
        assertThat(s.lines().map(l -> l.substring(l.lastIndexOf('\r') + 1)))
                .containsSubsequence("running [v1] a: one", "running [v2] b: two",
                        "finished [v1] a: one: error No space left on device", "finished [v2] b: two: done success: x");
        assertThat(s).as("no status line left once nothing runs").endsWith("done success: x" + System.lineSeparator());
    }
}
