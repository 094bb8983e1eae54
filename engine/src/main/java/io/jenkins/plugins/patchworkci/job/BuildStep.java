package io.jenkins.plugins.patchworkci.job;

import io.jenkins.plugins.patchworkci.apply.AppliedCommit;
import io.jenkins.plugins.patchworkci.apply.AppliedSeries;
import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.job.CommandResult;
import io.jenkins.plugins.patchworkci.job.CommandRunner;
import io.jenkins.plugins.patchworkci.report.LogLink;
import io.jenkins.plugins.patchworkci.report.SeriesCheckResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The configured build commands on an applied series: per patch on one work tree moved commit by
 * commit (make stays incremental), then once on the whole series. Each command's output goes to a
 * log beside the report.
 */
final class BuildStep {

    /** The check name under which the configured build commands report. */
    static final String BUILD_CHECK = "build";

    /** The whole-series build commands' check when the build check is per patch. */
    static final String SERIES_BUILD_CHECK = "build_series";

    private final CommandRunner commands;
    private final JobProgress progress;
    private final Path outDir;

    BuildStep(CommandRunner commands, JobProgress progress, Path outDir) {
        this.commands = commands;
        this.progress = progress;
        this.outDir = outDir;
    }

    /** The checks a build plan reports. */
    static List<String> checksOf(BuildPlan plan) {
        if (plan.commands().isEmpty() && plan.perPatch().isEmpty()) {
            return List.of();
        }
        return plan.commands().isEmpty() || plan.perPatch().isEmpty() ? List.of(BUILD_CHECK)
                : List.of(BUILD_CHECK, SERIES_BUILD_CHECK);
    }

    void run(BuildPlan plan, AppliedSeries applied, Path workTree,
            List<CheckResult> perPatch, List<SeriesCheckResult> whole, List<LogLink> logs)
            throws IOException, InterruptedException {
        if (!plan.perPatch().isEmpty()) {
            long count = applied.commits().stream().filter(x -> !x.prerequisite()).count();
            for (AppliedCommit c : applied.commits()) {
                if (!c.prerequisite()) {
                    progress.step("building patch " + c.index() + "/" + count);
                    WorkTreeCheckout.move(workTree, c.commit());
                    CommandResult failed = runAll(plan.perPatch(), workTree, "patch-" + c.index() + "-", c.index(), logs);
                    perPatch.add(new CheckResult(BUILD_CHECK, c.index(), failed == null ? CheckState.SUCCESS : CheckState.FAIL,
                            failed == null ? "builds" : failed.summary(), failed == null ? "" : failed.output()));
                }
            }
            WorkTreeCheckout.move(workTree, applied.head());
        }
        if (!plan.commands().isEmpty()) {
            progress.step("building the series");
            CommandResult failed = runAll(plan.commands(), workTree, "series-", 0, logs);
            // With per-patch builds the build check is per patch; the whole-series commands get their own.
            String name = plan.perPatch().isEmpty() ? BUILD_CHECK : SERIES_BUILD_CHECK;
            whole.add(new SeriesCheckResult(name, failed == null ? CheckState.SUCCESS : CheckState.FAIL,
                    failed == null ? "the series builds" : failed.summary(), failed == null ? "" : failed.output()));
        }
    }

    /** Runs the commands in order until one fails; that one, or null when all succeed. */
    private CommandResult runAll(List<List<String>> cmds, Path workTree, String logPrefix, int patch, List<LogLink> logs)
            throws IOException, InterruptedException {
        Path logDir = outDir.resolve("logs");
        int k = 0;
        for (List<String> cmd : cmds) {
            Path log = logDir.resolve(logPrefix + (++k) + ".log");
            CommandResult r = commands.run(cmd, workTree, log);
            logs.add(new LogLink(String.join(" ", cmd), outDir.relativize(log).toString(), patch));
            if (!r.succeeded()) {
                return r;
            }
        }
        return null;
    }
}
