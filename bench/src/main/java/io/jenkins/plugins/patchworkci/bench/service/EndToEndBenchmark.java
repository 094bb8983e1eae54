package io.jenkins.plugins.patchworkci.bench.service;

import io.jenkins.plugins.patchworkci.apply.MirrorCache;
import io.jenkins.plugins.patchworkci.bench.suite.Figure;
import io.jenkins.plugins.patchworkci.bench.suite.ResultTable;
import io.jenkins.plugins.patchworkci.check.CheckRegistry;
import io.jenkins.plugins.patchworkci.http.HttpSettings;
import io.jenkins.plugins.patchworkci.http.JdkHttpTransport;
import io.jenkins.plugins.patchworkci.inbox.FileCursorStore;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkCursor;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkSource;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkSourceSettings;
import io.jenkins.plugins.patchworkci.run.RunConfig;
import io.jenkins.plugins.patchworkci.run.RunEvents;
import io.jenkins.plugins.patchworkci.run.RunLedger;
import io.jenkins.plugins.patchworkci.run.Runner;
import io.jenkins.plugins.patchworkci.run.SeriesRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * From a {@code series-completed} event to the first build command starting, on the demo's trees
 * and mail, with the demo's series served by a local Patchwork ({@link SyntheticPatchwork}): the
 * event is published, a poll runs at once (in service the poll interval comes on top), and the
 * build command records when it started. The first series pays for cloning the tree's mirror;
 * the others find it ready.
 */
public final class EndToEndBenchmark {

    /** The demo's series, each applying to net-next on its own (Patchwork's series mbox has no cover). */
    private static final List<String> SERIES = List.of("1", "2", "6k");

    public void run(ResultTable table, Path work) throws IOException, InterruptedException {
        DemoSetup setup = DemoSetup.create(work.resolve("e2e"));
        List<byte[]> mboxes = new ArrayList<>();
        for (String dir : SERIES) {
            mboxes.add(patches(setup.demo().root().resolve("work/out").resolve(dir)));
        }
        Path started = work.resolve("e2e-started");
        try (SyntheticPatchwork server = new SyntheticPatchwork(id -> mboxes.get((int) id - 1))) {
            RunConfig config = setup.config("e2e", "  - patchwork: " + server.uri() + "\n    project: "
                    + SyntheticPatchwork.PROJECT + "\n", "  commands:\n    - [sh, -c, 'date +%s.%N >> " + started
                    + "']\n  timeout: 5m\n");
            PatchworkSource source = new PatchworkSource(new PatchworkClient(server.uri(),
                    new JdkHttpTransport(HttpSettings.defaults()), null),
                    PatchworkSourceSettings.of(SyntheticPatchwork.PROJECT), Clock.systemUTC());
            PatchworkCursor before = new PatchworkCursor(SyntheticPatchwork.completedAt(1).minusSeconds(30), List.of(),
                    List.of());
            Runner runner = new Runner(List.of(new Runner.Bound<>(source,
                    new FileCursorStore(config.work().resolve("state/cursor.json")), Optional.of(before),
                    config.work().resolve("state/held"), java.time.Duration.ofHours(2))),
                    new SeriesRun(config, new MirrorCache(config.work().resolve("mirrors")), CheckRegistry.builtIn(),
                            List.of(), Clock.systemUTC()),
                    new RunLedger(config.work().resolve("state/runs")), 1, Clock.systemUTC(), RunEvents.SILENT);
            List<Double> latencies = new ArrayList<>();
            for (int id = 1; id <= SERIES.size(); id++) {
                int linesBefore = Files.exists(started) ? Files.readAllLines(started).size() : 0;
                server.publish(id);
                Instant published = Instant.now();
                Runner.Summary s = runner.once();
                List<String> lines = Files.exists(started) ? Files.readAllLines(started) : List.of();
                if (s.runs().isEmpty() || lines.size() <= linesBefore) {
                    table.note("end to end: series " + id + " ran no build command (runs " + s.runs() + ", problems "
                            + s.problems() + ")");
                    return;
                }
                // the series' first build command (the base build, before its patches' builds)
                BigDecimal at = new BigDecimal(lines.get(linesBefore).trim());
                BigDecimal from = BigDecimal.valueOf(published.getEpochSecond())
                        .add(BigDecimal.valueOf(published.getNano(), 9));
                latencies.add(at.subtract(from).doubleValue());
            }
            double cold = latencies.get(0);
            double warm = latencies.subList(1, latencies.size()).stream().mapToDouble(Double::doubleValue).max()
                    .orElse(cold);
            table.add(Figure.alone("end to end", "series-completed event to first build command, first series"
                    + " (clones the tree's mirror)", String.format(Locale.ROOT, "%.2f s + poll interval", cold),
                    "< 2 s + poll interval", cold < 2));
            table.add(Figure.alone("end to end", "the same, later series (mirror fetched, worst of "
                    + (latencies.size() - 1) + ")", String.format(Locale.ROOT, "%.2f s + poll interval", warm),
                    "< 2 s + poll interval", warm < 2));
        }
    }

    private static byte[] patches(Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> !p.getFileName().toString().contains("0000-cover")).sorted().toList()) {
                out.writeBytes(Files.readAllBytes(p));
            }
        }
        return out.toByteArray();
    }
}
