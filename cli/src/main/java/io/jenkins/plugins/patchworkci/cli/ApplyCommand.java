package io.jenkins.plugins.patchworkci.cli;

import io.jenkins.plugins.patchworkci.apply.AppliedCommit;
import io.jenkins.plugins.patchworkci.apply.AppliedSeries;
import io.jenkins.plugins.patchworkci.route.RoutingStep;
import io.jenkins.plugins.patchworkci.run.ConfigException;
import io.jenkins.plugins.patchworkci.run.RunConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pwci apply SERIES}: what {@code b4 shazam} does, with our routing and apply tiers. Finds
 * the series, plans where it goes, applies it in the object database and leaves it as a new branch
 * (and, when asked, a work tree of that branch). The current branch and work tree are not touched.
 */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"Apply a series onto a local repository as a new branch, routed by the configuration.",
            "SERIES is a Patchwork series URL, a Message-ID, an archive URL, or an mbox, maildir or patch folder."})
final class ApplyCommand extends PwciCommand {

    @Parameters(index = "0", paramLabel = "SERIES")
    String series;

    @Mixin
    RepositoryOptions options;

    @Option(names = "--onto", paramLabel = "REF", description = "Apply onto this ref or commit; no routing.")
    String onto;

    @Option(names = "--branch", paramLabel = "NAME", description = "The new branch (default pwci/<hash>-v<N>).")
    String branch;

    @Option(names = "--worktree", paramLabel = "DIR", description = "Also check the branch out in a new work tree there.")
    Path worktree;

    @Override
    protected int execute() throws UsageException, ConfigException, IOException, InterruptedException {
        Optional<RunConfig> cfg = options.runConfig();
        FoundSeries found = options.find(series, cfg);
        PrintWriter out = out();
        found.problems().forEach(p -> err().println("problem: " + p));
        out.println("series: " + found.label() + " by " + found.series().author() + ", "
                + found.series().patches().size() + "/" + found.series().total() + " patches (" + found.origin().source() + ")");
        if (!found.series().complete()) {
            out.println("incomplete: patches " + found.series().missing() + " are missing; not applied");
            return ExitCode.FAILED;
        }
        String name = branch != null ? branch : "pwci/" + found.series().id().shortHash() + "-v" + found.series().version();
        if (worktree != null && Files.exists(worktree)) {
            throw new UsageException("--worktree " + worktree + " exists already");
        }
        try (Repository repo = options.open()) {
            String ref = "refs/heads/" + name;
            if (!org.eclipse.jgit.lib.Repository.isValidRefName(ref)) {
                throw new UsageException("'" + name + "' is not a valid branch name");
            }
            if (repo.exactRef(ref) != null) {
                throw new UsageException("branch " + name + " exists already; choose another with --branch or delete it");
            }
            LocalApply local = new LocalApply(repo, options.trees(cfg), onto);
            LocalApply.Result result = local.call(local.job(found.series(), cfg).setUpdateRef(ref));
            printPlan(out, result);
            if (result.applied().isEmpty()) {
                out.println("not applied: routing chose no tree");
                return ExitCode.FAILED;
            }
            AppliedSeries a = result.applied().get();
            if (!a.applied()) {
                out.println(a.summary());
                out.println();
                out.println(a.failure().map(f -> f.details()).orElse(""));
                return ExitCode.FAILED;
            }
            if (a.needsRebase()) {
                out.println(a.summary());
                out.println("branch " + name + " holds it at its base-commit, for review");
            } else {
                out.println("applied (" + a.tier().get().label() + ") onto " + a.base().abbreviate(12).name()
                        + ": branch " + name);
                a.tipFailure().ifPresent(f -> out.println("note: it does not apply to the branch tip: " + f.summary()));
            }
            for (AppliedCommit c : a.commits()) {
                out.println("  " + c.commit().abbreviate(12).name() + " " + c.subject()
                        + (c.prerequisite() ? " (prerequisite)" : ""));
            }
            if (worktree != null) {
                addWorkTree(repo, worktree, name);
                out.println("work tree: " + worktree.toAbsolutePath());
            }
            return ExitCode.OK;
        }
    }

    static void printPlan(PrintWriter out, LocalApply.Result result) {
        boolean routed = result.plan().tree().isPresent() || result.plan().base().isEmpty();
        out.println("plan: " + (routed ? result.plan().summary() : "onto " + result.where()));
        for (RoutingStep s : result.plan().steps()) {
            out.println("  " + s.step() + ": " + s.reason());
        }
        result.plan().base().ifPresent(b -> out.println("base: " + b.substring(0, Math.min(12, b.length()))
                + (result.where().isEmpty() ? "" : " (" + result.where() + ")")));
    }

    /** {@code git worktree add}: git's own bookkeeping, so {@code git worktree list/remove} know it. */
    private static void addWorkTree(Repository repo, Path dir, String branch) throws IOException, InterruptedException {
        Path top = repo.isBare() ? repo.getDirectory().toPath() : repo.getWorkTree().toPath();
        Process p = new ProcessBuilder(List.of("git", "worktree", "add", "--", dir.toAbsolutePath().toString(), branch))
                .directory(top.toFile()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("git worktree add " + dir + " failed: " + text.strip());
        }
    }
}
