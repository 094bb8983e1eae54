package io.jenkins.plugins.patchworkci.bench.suite;

import io.jenkins.plugins.patchworkci.bench.memory.LargeSeriesBenchmark;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;

/** A 500-patch, 50 MB series read, planned and applied in a JVM of its own with -Xmx512m. */
final class MemoryStage {

    private final boolean quick;
    private final Path work;

    MemoryStage(boolean quick, Path work) {
        this.quick = quick;
        this.work = work;
    }

    void run(ResultTable table) throws IOException, InterruptedException {
        int patches = quick ? 100 : 500;
        String out = new ChildJvm("512m").run(LargeSeriesBenchmark.class, work.toString(), Integer.toString(patches),
                "100");
        Matcher m = OutputMatch.find(out, "^RESULT mb=([\\d.]+) patches=(\\d+) seconds=([\\d.]+) peakMb=(\\d+) "
                + "maxHeapMb=(\\d+) applied=(\\w+)", "LargeSeriesBenchmark");
        double peak = Double.parseDouble(m.group(4));
        boolean applied = m.group(6).equals("true");
        table.add(Figure.alone("memory", String.format(Locale.ROOT,
                "%s-patch series, %s MB mbox: read, assemble, plan, apply in memory, JVM -Xmx512m", m.group(2),
                m.group(1)), String.format(Locale.ROOT, "peak heap %.0f MB, %s s%s", peak, m.group(3),
                        applied ? "" : ", NOT applied"), "fits in 512 MB", applied && peak < 512));
        WorkFiles.delete(work);
    }
}
