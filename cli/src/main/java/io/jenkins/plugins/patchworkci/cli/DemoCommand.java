package io.jenkins.plugins.patchworkci.cli;

import io.jenkins.plugins.patchworkci.demo.DemoWorkspace;
import io.jenkins.plugins.patchworkci.run.RunConfig;
import io.jenkins.plugins.patchworkci.run.RunService;
import io.jenkins.plugins.patchworkci.run.Runner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code pwci demo}: the built-in demo, offline. Makes a small C project with net, net-next and
 * iproute2-next trees and a day of mail, runs the whole {@code run --once} flow on it with a real
 * make/gcc build, writes the HTML and JSON reports, and prints where they are and a summary table.
 * Reporting to Patchwork is a dry run.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole job offline on a generated project and a day of mail.")
final class DemoCommand implements Callable<Integer> {

    static final String MARKER = ".pwci-demo";

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", description = "Where the demo goes (default: ${DEFAULT-VALUE}); a previous demo there is replaced.",
            defaultValue = "pwci-demo")
    Path dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path root = dir.toAbsolutePath().normalize();
        clear(root);
        long start = System.nanoTime();
        DemoWorkspace demo = DemoWorkspace.create(root);
        Files.writeString(root.resolve(MARKER), "made by pwci demo; removed by the next one\n");
        out.println("pwci demo: made a C project (net, net-next, iproute2-next trees) and a day of mail in " + root);
        RunConfig config = RunConfig.read(demo.config(), Map.of());
        Runner runner = RunService.create(config, true, null, o -> { }, new ConsoleEvents(out), Clock.systemUTC());
        Runner.Summary summary = runner.once();
        out.println();
        RunTable.print(out, config.work(), summary.runs());
        out.println();
        out.println("every series: " + config.work().resolve("out").resolve("index.html"));
        out.println("reports: " + config.work().resolve("out") + "/<series>/index.html (and run.json)");
        for (var r : summary.runs()) {
            Path page = RunTable.reportDir(config.work(), r).resolve("index.html");
            if (Files.exists(page)) {
                out.println("  " + page);
            }
        }
        out.println("Patchwork: dry run (the demo has no Patchwork server); the checks are in each run.json.");
        out.printf("done in %.1f s%n", (System.nanoTime() - start) / 1e9);
        out.flush();
        return summary.problems().isEmpty() ? 0 : 1;
    }

    /** Removes an earlier demo; refuses to touch a directory the demo did not make. */
    private static void clear(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        boolean empty;
        try (Stream<Path> s = Files.list(root)) {
            empty = s.findAny().isEmpty();
        }
        if (empty) {
            return;
        }
        if (!Files.exists(root.resolve(MARKER))) {
            throw new IOException(root + " exists and was not made by pwci demo; choose another --dir");
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
