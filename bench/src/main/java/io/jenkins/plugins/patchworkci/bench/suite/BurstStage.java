package io.jenkins.plugins.patchworkci.bench.suite;

import io.jenkins.plugins.patchworkci.bench.service.BurstBenchmark;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;

/** A burst of series through the whole service, in a JVM of its own with -Xmx512m. */
final class BurstStage {

    static final int CONCURRENCY = 4;

    private final boolean quick;
    private final Path work;

    BurstStage(boolean quick, Path work) {
        this.quick = quick;
        this.work = work;
    }

    void run(ResultTable table) throws IOException, InterruptedException {
        int series = quick ? 50 : 1_000;
        String out = new ChildJvm("512m").run(BurstBenchmark.class, work.toString(), Integer.toString(series),
                Integer.toString(CONCURRENCY));
        Matcher m = OutputMatch.find(out, "^RESULT series=(\\d+) done=(\\d+) builds=(\\d+) seconds=([\\d.]+) peakMb=(\\d+) "
                + "maxConcurrent=(\\d+) concurrency=(\\d+)", "BurstBenchmark");
        int done = Integer.parseInt(m.group(2));
        int builds = Integer.parseInt(m.group(3));
        int max = Integer.parseInt(m.group(6));
        double seconds = Double.parseDouble(m.group(4));
        table.add(Figure.alone("burst", String.format(Locale.ROOT,
                "%s series at once, no-op build, concurrency %d, JVM -Xmx512m: drain time (series/s), peak heap",
                m.group(1), CONCURRENCY), String.format(Locale.ROOT, "%.1f s (%.1f/s), %s MB", seconds,
                        series / seconds, m.group(5)) + String.format(Locale.ROOT, "; %d of %d runs done, %d build commands", done,
                        series, builds), "drains; every series built", done == series && builds >= series));
        table.add(Figure.alone("burst", "most build commands running at once (from their recorded spans)",
                max + " of " + CONCURRENCY, "never above the limit", max <= CONCURRENCY));
        Matcher once = OutputMatch.find(out, "^ONCE runs=(\\d+) distinct=(\\d+) reports=(\\d+) again=(\\d+)",
                "BurstBenchmark");
        int runs = Integer.parseInt(once.group(1));
        table.add(Figure.alone("burst", "nothing lost, nothing twice: runs, distinct versions, reports; runs on a second poll",
                String.format(Locale.ROOT, "%d, %s, %s of %d; %s", runs, once.group(2), once.group(3), series, once.group(4)),
                "all equal to the series; 0", runs == series && Integer.parseInt(once.group(2)) == series
                        && Integer.parseInt(once.group(3)) == series && Integer.parseInt(once.group(4)) == 0));
        WorkFiles.delete(work);
    }
}
