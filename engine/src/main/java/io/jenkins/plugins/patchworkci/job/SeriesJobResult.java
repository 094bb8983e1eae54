package io.jenkins.plugins.patchworkci.job;

import io.jenkins.plugins.patchworkci.apply.AppliedSeries;
import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.report.ApplyResult;
import io.jenkins.plugins.patchworkci.report.LogLink;
import io.jenkins.plugins.patchworkci.report.SeriesCheckResult;
import io.jenkins.plugins.patchworkci.report.StepTiming;
import io.jenkins.plugins.patchworkci.route.Plan;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link SeriesJob} did.
 *
 * @param plan where the series went; empty for an incomplete series, which is neither planned nor applied
 * @param applied how it applied; empty when it was not applied (no tree, no branch, already checked out)
 * @param applyReport the report's apply section, when it was applied onto a configured tree
 * @param results the per-patch check results, the per-patch builds' among them
 * @param seriesResults the whole-series results: the series build and the libbpf part (test suites report through the checks)
 * @param logs the build and test logs, relative to the report directory
 * @param steps how long each step took
 * @param workTree the work tree left checked out (when asked to keep one); empty when removed or never made
 */
public record SeriesJobResult(Optional<Plan> plan, Optional<AppliedSeries> applied, Optional<ApplyResult> applyReport,
        List<CheckResult> results, List<SeriesCheckResult> seriesResults, List<LogLink> logs, List<StepTiming> steps,
        Optional<Path> workTree) {

    public SeriesJobResult {
        results = List.copyOf(results);
        seriesResults = List.copyOf(seriesResults);
        logs = List.copyOf(logs);
        steps = List.copyOf(steps);
    }
}
