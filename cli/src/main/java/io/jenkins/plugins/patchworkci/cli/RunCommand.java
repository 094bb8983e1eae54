package io.jenkins.plugins.patchworkci.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.patchworkci.run.ConfigException;
import io.jenkins.plugins.patchworkci.run.RunConfig;
import io.jenkins.plugins.patchworkci.run.RunEvents;
import io.jenkins.plugins.patchworkci.run.RunRecord;
import io.jenkins.plugins.patchworkci.run.RunService;
import io.jenkins.plugins.patchworkci.run.RunStatus;
import io.jenkins.plugins.patchworkci.run.Runner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pwci run}: the service. Polls every configured source, runs each new complete series
 * version through the whole job, reports, and prints a summary table after each poll (the runs
 * that ended since the previous one); polls go on while runs execute, so a newer version of a
 * series cancels or stops the older one. With {@code --once} it polls once, waits for the runs of
 * that poll, and stops. With {@code --json} it prints the ledger records of each
 * poll as one JSON line instead (progress still goes to standard error).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the service: poll the sources, test each new series, report.")
final class RunCommand extends PwciCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "pwci.yaml",
            description = "The configuration file (default ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--once", description = "Poll once, run what arrived, and stop.")
    boolean once;

    @Option(names = "--shadow", description = "Compute and write everything locally; post and mail nothing.")
    boolean shadow;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "60s",
            description = "Time between polls (default ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--json", description = "Print each poll's run records as a JSON line instead of the table.")
    boolean json;

    Map<String, String> env = System.getenv();

    @Override
    protected int execute() throws UsageException, ConfigException, IOException, InterruptedException {
        Duration every = Since.duration(interval);
        if (!java.nio.file.Files.isRegularFile(config)) {
            throw new UsageException(config + ": no such configuration file (see pwci config check, docs/cli.md)");
        }
        RunConfig cfg = RunConfig.read(config, env);
        PrintWriter progressOut = json ? err() : out();
        // Live progress only on a terminal a person watches; a log or a pipe gets plain lines.
        RunEvents events = new ConsoleEvents(progressOut, !json && System.console() != null);
        Runner runner = RunService.create(cfg, shadow, null, outcomes -> outcomes.forEach(o ->
                progressOut.println("patchwork: " + o)), events, Clock.systemUTC());
        if (shadow || cfg.shadow()) {
            progressOut.println(shadowLine(cfg));
        }
        if (once) {
            return print(cfg, runner.once());
        }
        // Polls go on while runs execute, so a newer version stops or cancels the older one.
        runner.loop(every, summary -> {
            try {
                print(cfg, summary);
            } catch (IOException e) {
                err().println("cannot print the summary: " + e.getMessage());
            }
        });
        return ExitCode.OK;
    }

    /** What shadow mode writes instead of posting and mailing, as {@link RunService} set it up: no more. */
    static String shadowLine(RunConfig cfg) {
        StringBuilder b = new StringBuilder("shadow mode: nothing is posted or mailed; ");
        RunService.wouldPost(cfg).ifPresentOrElse(p -> b.append("checks go to ").append(p),
                () -> b.append("no source is a Patchwork project, so no checks are written"));
        RunService.wouldMail(cfg).ifPresent(m -> b.append("; mails go to ").append(m));
        return b.append("; reports go under ").append(cfg.work().resolve("out")).toString();
    }

    private int print(RunConfig cfg, Runner.Summary summary) throws IOException {
        PrintWriter out = out();
        if (json) {
            out.println(JSON.writeValueAsString(Map.of("arrivals", summary.arrivals(), "runs", summary.runs(),
                    "problems", summary.problems())));
        } else if (!summary.runs().isEmpty()) {
            out.println();
            RunTable.print(out, cfg.work(), summary.runs());
        } else {
            out.println("nothing new (" + summary.arrivals() + " arrivals)");
        }
        out.flush();
        boolean failed = !summary.problems().isEmpty() || summary.runs().stream().anyMatch(RunCommand::failed);
        return failed ? ExitCode.FAILED : ExitCode.OK;
    }

    /** A run that errored, or whose report is a failure (did not apply, a check failed). */
    static boolean failed(RunRecord r) {
        return r.status() == RunStatus.ERROR || r.status() == RunStatus.DONE && r.outcome().startsWith("fail");
    }
}
