package io.jenkins.plugins.patchworkci.bench.suite;

import io.jenkins.plugins.patchworkci.bench.ParseBenchmark;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Runs the mail parser's own benchmark ({@link ParseBenchmark}: our Mailbox against
 * {@code git mailsplit} + {@code git mailinfo} on the same generated mbox) in a JVM of its own
 * with -Xmx256m, so that the heap goal is a real bound, at two sizes (for the plot), and folds
 * its printed figures into the table.
 */
final class ParseStage {

    private final boolean quick;
    private final Path images;

    ParseStage(boolean quick, Path images) {
        this.quick = quick;
        this.images = images;
    }

    void run(ResultTable table) throws IOException, InterruptedException {
        int[] sizes = quick ? new int[] {500, 2_000} : new int[] {2_000, 20_000};
        List<double[]> ours = new ArrayList<>();
        List<double[]> git = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            String out = new ChildJvm("256m").run(ParseBenchmark.class, Integer.toString(sizes[i]));
            String who = "ParseBenchmark";
            Matcher box = OutputMatch.find(out, "^mbox: ([\\d,]+) messages, ([\\d.]+) MB", who);
            Matcher split = OutputMatch.find(out,
                    "^pwci Mailbox \\(mailsplit \\+ mailinfo\\): [\\d,]+ messages in ([\\d.]+) s .*= ([\\d,]+) messages/s, ([\\d.]+) MB/s", who);
            Matcher full = OutputMatch.find(out,
                    "^pwci Mailbox \\+ Patch.of [^:]*: [\\d,]+ messages in ([\\d.]+) s .*= ([\\d,]+) messages/s, ([\\d.]+) MB/s", who);
            Matcher heap = OutputMatch.find(out, "^peak heap used: ([\\d.]+) MB", who);
            Matcher g = OutputMatch.find(out,
                    "^git mailsplit \\+ git mailinfo x [\\d,]+: ([\\d.]+) s .*= ([\\d,]+) messages/s, ([\\d.]+) MB/s", who);
            ours.add(new double[] {sizes[i], OutputMatch.number(full.group(1))});
            git.add(new double[] {sizes[i], OutputMatch.number(g.group(1))});
            if (i < sizes.length - 1) {
                continue; // the smaller size is for the plot only
            }
            String input = String.format(Locale.ROOT, "%s messages, %s MB mbox", box.group(1), box.group(2));
            String peer = String.format(Locale.ROOT, "%s msg/s, %s MB/s (%s s)", g.group(2), g.group(3), g.group(1));
            double gitSeconds = OutputMatch.number(g.group(1));
            double splitMbs = OutputMatch.number(split.group(3));
            double fullMbs = OutputMatch.number(full.group(3));
            double splitRatio = gitSeconds / OutputMatch.number(split.group(1));
            double fullRatio = gitSeconds / OutputMatch.number(full.group(1));
            table.add(new Figure("parsing", "split + MIME + mailinfo (Mailbox), " + input,
                    String.format(Locale.ROOT, "%s msg/s, %s MB/s (%s s)", split.group(2), split.group(3), split.group(1)),
                    peer + " (git mailsplit + mailinfo)", splitRatio, ">= 10x, >= 50 MB/s",
                    splitRatio >= 10 && splitMbs >= 50));
            table.add(new Figure("parsing", "the same + Patch.of (patch-id, trailers), " + input,
                    String.format(Locale.ROOT, "%s msg/s, %s MB/s (%s s)", full.group(2), full.group(3), full.group(1)),
                    peer, fullRatio, ">= 10x, >= 50 MB/s", fullRatio >= 10 && fullMbs >= 50));
            // wall time on a shared machine mostly measures the other tenants (git starts a process per
            // message); CPU time is what each side costs
            Matcher cpu = OutputMatch.find(out, "^ratio git/pwci, cpu time: +([\\d.]+)x \\(mailsplit\\+mailinfo\\), ([\\d.]+)x", who);
            Matcher core = OutputMatch.find(out, "^pwci on one core \\(parser thread cpu time\\): ([\\d.]+) MB/s \\(mailsplit\\+mailinfo\\), ([\\d.]+) MB/s", who);
            Matcher gitCpu = OutputMatch.find(out, "^git mailsplit \\+ git mailinfo x [\\d,]+: [\\d.]+ s \\(cpu ([\\d.]+) s\\)", who);
            double cpuSplit = OutputMatch.number(cpu.group(1));
            double cpuFull = OutputMatch.number(cpu.group(2));
            double coreSplit = OutputMatch.number(core.group(1));
            double coreFull = OutputMatch.number(core.group(2));
            table.add(new Figure("parsing", "CPU time: split + MIME + mailinfo, " + input,
                    String.format(Locale.ROOT, "%.1f MB/s per core", coreSplit),
                    "git: " + gitCpu.group(1) + " s CPU", cpuSplit, ">= 10x, >= 50 MB/s", cpuSplit >= 10 && coreSplit >= 50));
            table.add(new Figure("parsing", "CPU time: the same + Patch.of, " + input,
                    String.format(Locale.ROOT, "%.1f MB/s per core", coreFull),
                    "git: " + gitCpu.group(1) + " s CPU", cpuFull, ">= 10x, >= 50 MB/s", cpuFull >= 10 && coreFull >= 50));
            double heapMb = OutputMatch.number(heap.group(1));
            table.add(Figure.alone("parsing", "peak heap, " + input + ", JVM -Xmx256m",
                    String.format(Locale.ROOT, "%.0f MB", heapMb), "< 256 MB", heapMb < 256));
        }
        new LineChart("Parsing: time against messages (Mailbox + Patch.of vs git mailsplit + mailinfo)",
                "messages in the mbox", "seconds")
                .line("pwci", ours).line("git mailsplit + mailinfo", git)
                .write(images.resolve("perf-parse-messages.png"));
    }
}
