package io.jenkins.plugins.patchworkci.bench.service;

import io.jenkins.plugins.patchworkci.bench.HeapPeak;
import io.jenkins.plugins.patchworkci.run.RunConfig;
import io.jenkins.plugins.patchworkci.run.RunEvents;
import io.jenkins.plugins.patchworkci.run.RunService;
import io.jenkins.plugins.patchworkci.run.RunStatus;
import io.jenkins.plugins.patchworkci.run.Runner;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A burst: N one-patch series for the demo's net-next tree arriving in one poll, run by the whole
 * service ({@link RunService}, {@link Runner} with the configured concurrency) with a build command
 * that does nothing but record when it started and ended. Prints the time to drain, the peak heap,
 * and the largest number of build commands that overlapped (from their recorded spans), which must
 * never exceed the concurrency. Run by the suite as a child JVM with its own heap limit.
 *
 * <p>Arguments: work dir, series, concurrency.
 */
public final class BurstBenchmark {

    private BurstBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        DemoSetup setup = DemoSetup.create(dir.resolve("demo"));
        Path mbox = dir.resolve("burst.mbox");
        writeSeries(mbox, count);
        Path spans = dir.resolve("spans");
        // the build command: records its start and end (ns); the short sleep makes overlaps visible
        RunConfig config = setup.config("burst", "  - mbox: " + mbox + "\n",
                "  commands:\n    - [sh, -c, 's=$(date +%s%N); sleep 0.02; echo \"$s $(date +%s%N)\" >> " + spans
                        + "']\n  concurrency: " + concurrency + "\n  timeout: 5m\n");
        Runner runner = RunService.create(config, true, null, o -> { }, RunEvents.SILENT, Clock.systemUTC());
        System.gc();
        HeapPeak.reset();
        long t0 = System.nanoTime();
        Runner.Summary s = runner.once();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = HeapPeak.bytes();
        long done = s.runs().stream().filter(r -> r.status() == RunStatus.DONE).count();
        List<long[]> spanList = new ArrayList<>();
        for (String l : Files.exists(spans) ? Files.readAllLines(spans) : List.<String>of()) {
            String[] p = l.trim().split(" ");
            spanList.add(new long[] {Long.parseLong(p[0]), Long.parseLong(p[1])});
        }
        System.out.printf(Locale.ROOT, "runs %d by status %s, build commands %d, problems %d%s%n", s.runs().size(),
                s.runs().stream().collect(java.util.stream.Collectors.groupingBy(r -> r.status(),
                        java.util.stream.Collectors.counting())), spanList.size(), s.problems().size(),
                s.problems().isEmpty() ? "" : ": " + s.problems().get(0));
        s.runs().stream().filter(r -> r.status() != RunStatus.DONE).limit(3)
                .forEach(r -> System.out.println("not done: " + r));
        System.out.printf(Locale.ROOT, "RESULT series=%d done=%d builds=%d seconds=%.1f peakMb=%.0f maxConcurrent=%d"
                + " concurrency=%d maxHeapMb=%d%n", count, done, spanList.size(), seconds, peak / 1e6, maxOverlap(spanList),
                concurrency, Runtime.getRuntime().maxMemory() >> 20);
        // Nothing lost, nothing twice (issue #11): each version run once, one report each, and a second
        // poll of the same mail runs nothing.
        long reports;
        try (var w = Files.walk(config.work().resolve("out"))) {
            reports = w.filter(p -> p.getFileName().toString().equals("run.json")).count();
        }
        long distinct = s.runs().stream().map(r -> r.seriesId() + " v" + r.version()).distinct().count();
        Runner.Summary again = RunService.create(config, true, null, o -> { }, RunEvents.SILENT, Clock.systemUTC()).once();
        System.out.printf(Locale.ROOT, "ONCE runs=%d distinct=%d reports=%d again=%d%n", s.runs().size(), distinct,
                reports, again.runs().size());
    }

    /** The largest number of spans open at one instant. */
    static int maxOverlap(List<long[]> spans) {
        List<long[]> edges = new ArrayList<>();
        for (long[] s : spans) {
            edges.add(new long[] {s[0], 1});
            edges.add(new long[] {s[1], -1});
        }
        // at equal times an end comes before a start: touching spans do not overlap
        edges.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int open = 0;
        int max = 0;
        for (long[] e : edges) {
            open += (int) e[1];
            max = Math.max(max, open);
        }
        return max;
    }

    /** One-patch series, each adding its own file to net-next (so every one applies). */
    static void writeSeries(Path mbox, int count) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(mbox))) {
            for (int i = 1; i <= count; i++) {
                String text = "From burst-" + i + " Mon Sep 17 00:00:00 2001\n"
                        + "From: Burst Author" + (i % 7) + " <burst" + (i % 7) + "@example.org>\n"
                        + "Date: Mon, 02 Nov 2026 10:" + String.format("%02d:%02d", (i / 60) % 60, i % 60) + " +0000\n"
                        + "Message-Id: <burst-" + i + "@bench.example.org>\n"
                        + "Subject: [PATCH net-next] net: burst: add probe number " + i + "\n"
                        + "\n"
                        + "Adds probe " + i + ".\n\n"
                        + "Signed-off-by: Burst Author" + (i % 7) + " <burst" + (i % 7) + "@example.org>\n"
                        + "---\n"
                        + "diff --git a/net/core/burst/p" + i + ".c b/net/core/burst/p" + i + ".c\n"
                        + "new file mode 100644\n"
                        + "--- /dev/null\n"
                        + "+++ b/net/core/burst/p" + i + ".c\n"
                        + "@@ -0,0 +1 @@\n"
                        + "+int burst_probe_" + i + ";\n"
                        + "-- \n2.39.5\n\n";
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

}
