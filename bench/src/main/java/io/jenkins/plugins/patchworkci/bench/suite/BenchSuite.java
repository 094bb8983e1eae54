package io.jenkins.plugins.patchworkci.bench.suite;

import io.jenkins.plugins.patchworkci.bench.kernel.KernelTreeBenchmark;
import io.jenkins.plugins.patchworkci.bench.process.WholeProcessBenchmark;
import io.jenkins.plugins.patchworkci.bench.route.RoutingBenchmark;
import io.jenkins.plugins.patchworkci.bench.service.EndToEndBenchmark;
import io.jenkins.plugins.patchworkci.bench.service.PollBenchmark;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every benchmark in one run, printing one table: each of our figures beside the peer tool's on the
 * same input in the same run, with the ratio and the goal. Benchmarks that bound the heap run in
 * their own JVM with that -Xmx; the others run here.
 *
 * <p>Usage: {@code BenchSuite [--quick] [--only=process,parse,apply,route,poll,e2e,memory,burst,kernel]
 * [--work=DIR] [--images=DIR] [--out=FILE] [--kernel-tree] [--cache=DIR] [--history=NAME=DIR,...]}.
 * {@code bench/run} builds and runs it. {@code --kernel-tree} adds the realistic-tree variant of
 * applying (Debian's linux-source-6.1, unpacked once into the cache directory, by default
 * ~/.cache/pwci-bench). {@code --history} names clones of real projects (libbpf, iproute2) whose
 * history the whole-process comparison of {@code pwci am} with {@code git am} makes its series from.
 */
public final class BenchSuite {

    /** One stage of the suite. */
    @FunctionalInterface
    interface Stage {
        void run(ResultTable table) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        Set<String> only = null;
        Path work = Path.of("/tmp/pwci-bench");
        Path images = null;
        Path out = null;
        boolean kernelTree = false;
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "pwci-bench");
        List<WholeProcessBenchmark.History> histories = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--quick")) {
                quick = true;
            } else if (a.startsWith("--only=")) {
                only = Set.copyOf(Arrays.asList(a.substring(7).split(",")));
            } else if (a.startsWith("--work=")) {
                work = Path.of(a.substring(7));
            } else if (a.startsWith("--images=")) {
                images = Path.of(a.substring(9));
            } else if (a.equals("--kernel-tree")) {
                kernelTree = true;
            } else if (a.startsWith("--cache=")) {
                cache = Path.of(a.substring(8));
            } else if (a.startsWith("--history=")) {
                for (String h : a.substring(10).split(",")) {
                    String[] nameDir = h.split("=", 2);
                    histories.add(new WholeProcessBenchmark.History(nameDir[0], Path.of(nameDir[1])));
                }
            } else if (a.startsWith("--out=")) {
                out = Path.of(a.substring(6));
            } else {
                throw new IllegalArgumentException("unknown argument " + a
                        + "; usage: BenchSuite [--quick] [--only=process,parse,apply,route,poll,e2e,memory,burst,kernel]"
                        + " [--work=DIR] [--images=DIR] [--out=FILE] [--kernel-tree] [--cache=DIR]"
                        + " [--history=NAME=DIR,...]");
            }
        }
        WorkDir.reset(work);
        String hardware = Hardware.line();
        System.out.println("hardware: " + hardware);
        Path kernel = Path.of(System.getenv().getOrDefault("PWCI_KERNEL_SOURCE", "/var/cache/patchwork-ci/linux-source-6.1"));
        final boolean q = quick;
        final Path w = work;
        final Path img = images == null ? work.resolve("images") : images;
        Map<String, Stage> stages = new LinkedHashMap<>();
        // what a user feels first: pwci am as a command beside git am, on real history
        Path pwci = Path.of("pwci").toAbsolutePath();
        stages.put("process", t -> new WholeProcessBenchmark(pwci, histories,
                q ? new int[] {3, 20, 150} : new int[] {3, 20, 150, 600}, 3).run(t, w.resolve("process")));
        stages.put("parse", t -> new ParseStage(q, img).run(t));
        stages.put("apply", t -> new ApplyStage(q, w.resolve("apply"), img).run(t));
        stages.put("route", t -> new RoutingBenchmark(kernel, q).run(t, Files.createDirectories(w.resolve("route"))));
        stages.put("poll", t -> new PollBenchmark(q).run(t));
        stages.put("e2e", t -> new EndToEndBenchmark().run(t, w));
        stages.put("memory", t -> new MemoryStage(q, w.resolve("memory")).run(t));
        stages.put("burst", t -> new BurstStage(q, w.resolve("burst")).run(t));
        if (kernelTree || (only != null && only.contains("kernel"))) {
            Path tarball = Path.of("/usr/src/linux-source-6.1.tar.xz");
            Path c = cache;
            stages.put("kernel", t -> new KernelTreeBenchmark(tarball, c, q ? 30 : 100, pwci).run(t, w.resolve("kernel")));
        }

        ResultTable table = new ResultTable();
        long t0 = System.nanoTime();
        for (Map.Entry<String, Stage> s : stages.entrySet()) {
            if (only != null && !only.contains(s.getKey())) {
                continue;
            }
            long s0 = System.nanoTime();
            System.out.println("== " + s.getKey() + " (" + Instant.now() + ")");
            try {
                s.getValue().run(table);
            } catch (Exception e) {
                table.note(s.getKey() + ": failed: " + e);
                e.printStackTrace(System.out);
            }
            System.out.printf(Locale.ROOT, "== %s took %.0f s%n", s.getKey(), (System.nanoTime() - s0) / 1e9);
        }
        String report = "Hardware: " + hardware + "\n\nCommand: bench/run" + (quick ? " --quick" : "")
                + (only == null ? "" : " --only=" + String.join(",", only)) + String.format(Locale.ROOT,
                        " (whole suite %.0f s)%n%n", (System.nanoTime() - t0) / 1e9) + table.markdown();
        System.out.println();
        System.out.println(report);
        if (out != null) {
            Files.writeString(out, report, StandardCharsets.UTF_8);
        }
    }
}
