package io.jenkins.plugins.patchworkci.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.jenkins.plugins.patchworkci.route.Presets;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.run.ConfigException;
import io.jenkins.plugins.patchworkci.run.RunConfig;
import io.jenkins.plugins.patchworkci.http.HttpSettings;
import io.jenkins.plugins.patchworkci.http.HttpTransport;
import io.jenkins.plugins.patchworkci.http.HttpTransports;
import io.jenkins.plugins.patchworkci.http.RetryPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pwci series SOURCE}: the series a source holds, one line each (or JSON): id, version,
 * Patchwork state, tree tag, how complete, author and subject.
 */
@Command(name = "series", mixinStandardHelpOptions = true,
        description = {"List the series of a source: a Patchwork project URL, a public-inbox list URL, "
                + "or an mbox, maildir or folder of .patch files."})
final class SeriesCommand extends PwciCommand {

    @Parameters(index = "0", paramLabel = "SOURCE", description = "Patchwork project, archive list, mbox, maildir or patch folder.")
    String source;

    @Option(names = "--kind", paramLabel = "KIND", description = "Do not detect the kind: ${COMPLETION-CANDIDATES}.")
    SourceKind kind;

    @Option(names = "--json", description = "Print the series as a JSON array.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "30", description = "Show the newest N (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--since", paramLabel = "WHEN", defaultValue = "7d",
            description = "Servers: series from this far back (7d, 12h) or since a date (2026-11-01); default ${DEFAULT-VALUE}.")
    String since;

    @Option(names = "--config", paramLabel = "FILE", description = "Trees (for tree tags) and the Patchwork token.")
    Path config;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
            description = "Retry a server that fails or times out N times, backing off (default ${DEFAULT-VALUE}).")
    int retries;

    Map<String, String> env = System.getenv();

    @Override
    protected int execute() throws UsageException, ConfigException, IOException, InterruptedException {
        if (limit < 1) {
            throw new UsageException("--limit must be at least 1");
        }
        Instant from = Since.instant(since, Instant.now());
        Optional<RunConfig> cfg = config == null ? Optional.empty() : Optional.of(RunConfig.read(config, env));
        List<Tree> trees = cfg.map(c -> c.routing().trees()).orElse(Presets.named("netdevbpf").orElseThrow());
        if (retries < 0) {
            throw new UsageException("--retries must be 0 or more");
        }
        RetryPolicy d = RetryPolicy.defaults();
        HttpTransport http = HttpTransports.standard(HttpSettings.defaults()
                .withRetry(new RetryPolicy(retries + 1, d.initialDelay(), d.maxDelay(), d.maxRetryAfter())));
        SourceArgument src = SourceArgument.detect(source, kind, http);
        Progress progress = Progress.on(err(), System.console() != null);
        SeriesLister lister = new SeriesLister(http, PatchworkToken.find(cfg, env), trees);
        List<ListedSeries> rows = lister.list(src, from, limit, n -> progress.update("read " + n + " messages"));
        progress.done();
        for (String p : lister.problems()) {
            err().println("problem: " + p);
        }
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out().println(mapper.writeValueAsString(rows));
        } else {
            print(out(), rows);
        }
        return lister.problems().isEmpty() ? ExitCode.OK : ExitCode.FAILED;
    }

    static void print(PrintWriter out, List<ListedSeries> rows) {
        String fmt = "%-12s %-3s %-12s %-13s %-8s %-28s %s%n";
        out.printf(fmt, "ID", "VER", "STATE", "TREE", "PATCHES", "AUTHOR", "SUBJECT");
        for (ListedSeries s : rows) {
            String complete = s.completeness() + (s.complete() ? "" : " !");
            out.printf(fmt, s.id(), "v" + s.version(), s.state().isEmpty() ? "-" : clip(s.state(), 12),
                    s.treeTag().isEmpty() ? "-" : s.treeTag(), complete, clip(s.author(), 28), clip(s.subject(), 72));
        }
    }

    static String clip(String s, int width) {
        return s.length() > width ? s.substring(0, width - 1) + "\u2026" : s;
    }
}
