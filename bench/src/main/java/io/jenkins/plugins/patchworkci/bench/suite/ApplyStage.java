package io.jenkins.plugins.patchworkci.bench.suite;

import io.jenkins.plugins.patchworkci.bench.apply.ApplyBenchmark;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the applier's own benchmark ({@link ApplyBenchmark}: {@code git am} against our applier on
 * a generated kernel-like tree, both ending with the commits and the work tree, checked identical)
 * in JVMs of its own at several tree sizes and series lengths, folds its rows into the table and
 * plots time against series length and against tree size, ours beside git am's.
 */
final class ApplyStage {

    private static final Pattern ROUND = Pattern.compile("^\\((a|b)\\) [\\w-]+ round (\\d+)\\s+(\\d+)\\s+(\\d+)\\s+"
            + "([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)x\\s+(yes|NO)\\s+([\\d.]+) / ([\\d.]+)", Pattern.MULTILINE);

    /** One round of one scenario, as ApplyBenchmark printed it. */
    record Round(String scenario, int round, int files, int patches, double gitAm, double ours, boolean identical,
            double inMemory) {}

    private final boolean quick;
    private final Path work;
    private final Path images;

    ApplyStage(boolean quick, Path work, Path images) {
        this.quick = quick;
        this.work = work;
        this.images = images;
    }

    void run(ResultTable table) throws IOException, InterruptedException {
        int bigTree = quick ? 5_000 : 70_000;
        int midTree = quick ? 2_000 : 20_000;
        int smallTree = quick ? 500 : 2_000;
        int longSeries = quick ? 30 : 100;
        int[] lengths = quick ? new int[] {10, 30} : new int[] {10, 30, 100};
        String rounds = quick ? "2" : "3";
        String sweepRounds = quick ? "2" : "3";

        List<Round> main = run(bigTree, longSeries, rounds);
        List<double[]> lenOurs = new ArrayList<>();
        List<double[]> lenGit = new ArrayList<>();
        for (int n : lengths) {
            List<Round> r = run(midTree, n, sweepRounds);
            lenOurs.add(new double[] {n, warm(r, "a", true)});
            lenGit.add(new double[] {n, warm(r, "a", false)});
        }
        List<double[]> treeOurs = new ArrayList<>();
        List<double[]> treeGit = new ArrayList<>();
        List<Round> small = run(smallTree, longSeries, sweepRounds);
        treeOurs.add(new double[] {smallTree, warm(small, "a", true)});
        treeGit.add(new double[] {smallTree, warm(small, "a", false)});
        treeOurs.add(lenOurs.get(lenOurs.size() - 1).clone());
        treeOurs.get(1)[0] = midTree;
        treeGit.add(lenGit.get(lenGit.size() - 1).clone());
        treeGit.get(1)[0] = midTree;
        treeOurs.add(new double[] {bigTree, warm(main, "a", true)});
        treeGit.add(new double[] {bigTree, warm(main, "a", false)});

        Round cold = main.stream().filter(r -> r.scenario().equals("a") && r.round() == 1).findFirst().orElseThrow();
        boolean allIdentical = main.stream().allMatch(Round::identical);
        String input = String.format(Locale.ROOT, "%,d patches on a %,d-file tree", longSeries, bigTree);
        table.add(new Figure("applying", input + ", cold JVM, commits + work tree + index",
                s(cold.ours()), s(cold.gitAm()) + " (git am)", cold.gitAm() / cold.ours(), ">= 3x, identical trees",
                cold.gitAm() / cold.ours() >= 3 && allIdentical));
        double wo = warm(main, "a", true);
        double wg = warm(main, "a", false);
        table.add(new Figure("applying", input + ", warm JVM (median of later rounds)", s(wo), s(wg) + " (git am)",
                wg / wo, ">= 3x, identical trees", wg / wo >= 3 && allIdentical));
        table.add(Figure.alone("applying", "identical commits (ids) and clean work tree, every round of every run",
                allIdentical ? "yes" : "NO", "identical", allIdentical));
        double mem = main.stream().filter(r -> r.scenario().equals("a") && r.round() > 1).mapToDouble(Round::inMemory)
                .sorted().toArray()[0];
        table.add(new Figure("routing", "trial apply (ApplySeries in memory: apply + commit, no work tree), " + input
                + ", warm", s(mem), s(wg) + " (git am, with work tree)", wg / mem, "", null));
        double so = warm(main, "b", true);
        double sg = warm(main, "b", false);
        table.add(new Figure("applying", "10 patches on a 200-file tree, warm JVM (median)", s(so), s(sg) + " (git am)",
                sg / so, "not slower (>= 1x)", sg / so >= 1));

        new LineChart(String.format(Locale.ROOT, "Applying: time against series length (%,d-file tree, warm)", midTree),
                "patches in the series", "seconds").line("pwci", lenOurs).line("git am", lenGit)
                .write(images.resolve("perf-apply-series-length.png"));
        new LineChart(String.format(Locale.ROOT, "Applying: time against tree size (%d patches, warm)", longSeries),
                "files in the tree", "seconds").line("pwci", treeOurs).line("git am", treeGit)
                .write(images.resolve("perf-apply-tree-size.png"));
    }

    private List<Round> run(int files, int patches, String rounds) throws IOException, InterruptedException {
        String out = new ChildJvm("2g").run(ApplyBenchmark.class, work.resolve(files + "-" + patches).toString(),
                Integer.toString(files), Integer.toString(patches), rounds);
        List<Round> list = new ArrayList<>();
        Matcher m = ROUND.matcher(out);
        while (m.find()) {
            list.add(new Round(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Double.parseDouble(m.group(5)), Double.parseDouble(m.group(6)),
                    m.group(8).equals("yes"), Double.parseDouble(m.group(9))));
        }
        if (list.stream().noneMatch(r -> r.scenario().equals("a"))) {
            throw new IOException("ApplyBenchmark printed no rounds (did its output change?)");
        }
        WorkFiles.delete(work.resolve(files + "-" + patches));
        return list;
    }

    /** The median of the warm rounds (all but the first) of a scenario: ours or git am's. */
    private static double warm(List<Round> rounds, String scenario, boolean ours) {
        double[] v = rounds.stream().filter(r -> r.scenario().equals(scenario) && r.round() > 1)
                .mapToDouble(r -> ours ? r.ours() : r.gitAm()).sorted().toArray();
        if (v.length == 0) {
            throw new IllegalStateException("no warm rounds of scenario " + scenario);
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String s(double seconds) {
        return String.format(Locale.ROOT, "%.3f s", seconds);
    }
}
