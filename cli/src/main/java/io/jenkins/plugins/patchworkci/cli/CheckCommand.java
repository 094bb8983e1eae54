package io.jenkins.plugins.patchworkci.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.jenkins.plugins.patchworkci.check.BuildEnvironment;
import io.jenkins.plugins.patchworkci.check.CheckConfig;
import io.jenkins.plugins.patchworkci.check.CheckRegistry;
import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.check.ToolLauncher;
import io.jenkins.plugins.patchworkci.job.SeriesJob;
import io.jenkins.plugins.patchworkci.job.SeriesJobResult;
import io.jenkins.plugins.patchworkci.run.ConfigException;
import io.jenkins.plugins.patchworkci.run.RunConfig;
import io.jenkins.plugins.patchworkci.series.Series;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pwci check SERIES}: the configured checks on one series, as {@code pwci run} would run
 * them (the same series job, {@link SeriesJob}, without its builds), without the service. The series is
 * applied in the object database (no branch is made), a temporary work tree of the result is checked
 * out for the checks that read files, and removed.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Apply a series in memory and run the configured checks on it.",
            "SERIES is a Patchwork series URL, a Message-ID, an archive URL, or an mbox, maildir or patch folder."})
final class CheckCommand extends PwciCommand {

    @Parameters(index = "0", paramLabel = "SERIES")
    String series;

    @Mixin
    RepositoryOptions options;

    @Option(names = "--onto", paramLabel = "REF", description = "Apply onto this ref or commit; no routing.")
    String onto;

    @Option(names = "--json", description = "Print the results as a JSON array.")
    boolean json;

    @Override
    protected int execute() throws UsageException, ConfigException, IOException, InterruptedException {
        Optional<RunConfig> cfg = options.runConfig();
        FoundSeries found = options.find(series, cfg);
        found.problems().forEach(p -> err().println("problem: " + p));
        Series s = found.series();
        CheckConfig checks = configuredChecks(cfg);
        List<CheckResult> results;
        // The tree's scripts and Makefile are patched code: confined by build.sandbox, as in pwci run,
        // in the one build environment, whose HOME and TMPDIR are in this scratch directory; the
        // work tree is checked out beside it and removed with it.
        Path scratch = Files.createTempDirectory("pwci-check-");
        try (Repository repo = options.open()) {
            BuildEnvironment env = BuildEnvironment.in(scratch.resolve("env"), cfg.map(RunConfig::buildEnv).orElse(Map.of()));
            LocalApply local = new LocalApply(repo, options.trees(cfg), onto);
            // an incomplete series goes nowhere: the checks read its mail alone
            SeriesJob job = s.complete() ? local.job(s, cfg) : new SeriesJob(s);
            job.setRecipients(id -> found.recipients().getOrDefault(id, List.of()))
                    .setChecks(CheckRegistry.builtIn(), checks).setWorkTreesIn(scratch)
                    .setLauncher(cfg.isPresent() ? cfg.get().sandbox().launcher(env, cfg.get().timeout()) : ToolLauncher.direct(env),
                            cfg.map(RunConfig::timeout).orElse(Duration.ofHours(1)));
            // build_warnings builds with the first build command; the builds themselves are pwci run's
            cfg.ifPresent(c -> job.setBuildPlans(c::build).setRunBuilds(false));
            LocalApply.Result result = s.complete() ? local.call(job) : null;
            SeriesJobResult done = result != null ? result.job() : job.call();
            if (!json) {
                out().println("series: " + found.label());
                if (result != null) {
                    ApplyCommand.printPlan(out(), result);
                    result.applied().ifPresent(a -> out().println(a.summary()));
                } else {
                    out().println("incomplete: patches " + s.missing() + " are missing; not applied");
                }
                out().println();
            }
            results = done.results();
        } finally {
            delete(scratch);
        }
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (CheckResult r : results) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("check", r.check());
                row.put("patch", r.patch());
                row.put("state", r.state().apiName()); // Patchwork's names: success, warning, fail
                row.put("description", r.description());
                row.put("details", r.details());
                rows.add(row);
            }
            out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
        } else {
            CheckTable.print(out(), results);
        }
        boolean failed = results.stream().anyMatch(r -> r.state() == CheckState.FAIL);
        return failed ? ExitCode.FAILED : ExitCode.OK;
    }

    /**
     * The checks the configuration enables, with their options (every built-in check when there is no
     * configuration); a check it names that does not exist is a configuration error. The series job adds
     * the build command {@code build_warnings} uses.
     */
    static CheckConfig configuredChecks(Optional<RunConfig> cfg) throws ConfigException {
        if (cfg.isEmpty()) {
            return CheckConfig.defaults();
        }
        RunConfig c = cfg.get();
        CheckConfig checks = CheckConfig.fromMap(c.checks());
        try {
            CheckRegistry.builtIn().enabled(checks);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(c.file() + ": checks: " + e.getMessage(), e);
        }
        return checks;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
