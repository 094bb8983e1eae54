package io.jenkins.plugins.patchworkci.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.jenkins.plugins.patchworkci.apply.AppliedSeries;
import io.jenkins.plugins.patchworkci.check.BuildEnvironment;
import io.jenkins.plugins.patchworkci.check.CheckConfig;
import io.jenkins.plugins.patchworkci.check.CheckContext;
import io.jenkins.plugins.patchworkci.check.CheckRegistry;
import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.check.PatchUnderTest;
import io.jenkins.plugins.patchworkci.check.RunChecks;
import io.jenkins.plugins.patchworkci.check.ToolLauncher;
import io.jenkins.plugins.patchworkci.mail.Patch;
import io.jenkins.plugins.patchworkci.route.Plan;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.route.TreeRole;
import io.jenkins.plugins.patchworkci.run.ConfigException;
import io.jenkins.plugins.patchworkci.run.RunConfig;
import io.jenkins.plugins.patchworkci.run.SeriesFacts;
import io.jenkins.plugins.patchworkci.series.Series;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pwci check SERIES}: the configured checks on one series, as {@code pwci run} would run
 * them, without the service. The series is applied in the object database (no branch is made), a
 * temporary work tree of the result is checked out for the checks that read files, and removed.
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
        CheckConfig checkConfig = checkConfig(cfg);
        List<CheckResult> results;
        try (Repository repo = options.open()) {
            LocalApply apply = new LocalApply(repo).trees(options.trees(cfg)).onto(onto).committer(new PersonIdent(repo));
            cfg.ifPresent(c -> apply.maintainers(c.maintainers().orElse(null)).threeWay(c.threeWay())
                    .rebuildPreimage(c.rebuildPreimage()).signOff(c.signOff()).linkPattern(c.linkPattern().orElse(null)));
            LocalApply.Result result = s.complete() ? apply.call(s) : null;
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
            results = check(repo, s, found, result, checkConfig, cfg);
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

    private List<CheckResult> check(Repository repo, Series s, FoundSeries found, LocalApply.Result result,
            CheckConfig checkConfig, Optional<RunConfig> cfg) throws IOException, InterruptedException {
        Optional<Plan> plan = Optional.ofNullable(result).map(LocalApply.Result::plan);
        Optional<Tree> tree = plan.flatMap(Plan::tree);
        // without a routed tree (--onto), the checks name what the series went onto: "Applied to HEAD"
        String treeName = tree.map(Tree::name).orElse(onto != null ? onto : "the branch");
        CheckContext.Builder ctx = CheckContext.builder(s.subject(), treeName,
                tree.map(Tree::role).orElse(TreeRole.STANDALONE));
        SeriesFacts.prefixWords(s).stream().filter(w -> tree.map(t -> t.taggedBy(w)).orElse(false))
                .findFirst().ifPresent(ctx::treeTag);
        ctx.coverLetter(s.coverLetter().isPresent()).pullRequest(s.isPullRequest());
        plan.filter(Plan::decided).ifPresent(ctx::plan);
        Optional<AppliedSeries> applied = Optional.ofNullable(result).flatMap(LocalApply.Result::applied);
        applied.ifPresent(a -> ctx.apply(io.jenkins.plugins.patchworkci.run.SeriesRun.applyOutcome(a, treeName)));
        for (int i = 0; i < s.patches().size(); i++) {
            Patch p = s.patches().get(i);
            Optional<String> commit = Optional.empty();
            if (applied.isPresent() && applied.get().applied()) {
                int n = i + 1;
                commit = applied.get().commits().stream().filter(c -> !c.prerequisite() && c.index() == n)
                        .map(c -> c.commit().name()).findFirst();
            }
            ctx.patch(PatchUnderTest.of(i + 1, p, found.recipients().getOrDefault(p.message().messageId(), List.of()), commit));
        }
        // The tree's scripts and Makefile are patched code: confined by build.sandbox, as in pwci run,
        // in the one build environment, whose HOME and TMPDIR are in this scratch directory.
        Path scratch = Files.createTempDirectory("pwci-check-");
        try {
            BuildEnvironment env = BuildEnvironment.in(scratch.resolve("env"), cfg.map(RunConfig::buildEnv).orElse(Map.of()));
            ctx.launcher(cfg.isPresent() ? cfg.get().sandbox().launcher(env, cfg.get().timeout()) : ToolLauncher.direct(env));
            if (applied.isEmpty() || !applied.get().applied()) {
                return new RunChecks(CheckRegistry.builtIn(), checkConfig).call(ctx.build());
            }
            return checkWorkTree(repo, scratch.resolve("tree"), applied.get(), ctx, checkConfig);
        } finally {
            delete(scratch);
        }
    }

    private static List<CheckResult> checkWorkTree(Repository repo, Path workTree, AppliedSeries applied,
            CheckContext.Builder ctx, CheckConfig checkConfig) throws IOException, InterruptedException {
        try {
            git(repo, "worktree", "add", "--detach", "--", workTree.toString(), applied.head().name());
            ctx.workTree(workTree, applied.base().name());
            return new RunChecks(CheckRegistry.builtIn(), checkConfig).call(ctx.build());
        } finally {
            git(repo, "worktree", "remove", "--force", "--", workTree.toString());
        }
    }

    /** The configured checks; the first build command feeds build_warnings, as in {@code pwci run}. */
    static CheckConfig checkConfig(Optional<RunConfig> cfg) throws ConfigException {
        if (cfg.isEmpty()) {
            return CheckConfig.defaults();
        }
        RunConfig c = cfg.get();
        CheckConfig checks = CheckConfig.fromMap(c.checks());
        List<List<String>> build = c.perPatchCommands().isEmpty() ? c.buildCommands() : c.perPatchCommands();
        if (!build.isEmpty() && !checks.options("build_warnings").values().containsKey("command")) {
            checks.option("build_warnings", "command", build.get(0));
        }
        try {
            CheckRegistry.builtIn().enabled(checks);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(c.file() + ": checks: " + e.getMessage(), e);
        }
        return checks;
    }

    private static void git(Repository repo, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "--git-dir", repo.getDirectory().getAbsolutePath()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + text.strip());
        }
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
