package io.jenkins.plugins.patchworkci.job;

import io.jenkins.plugins.patchworkci.check.Check;
import io.jenkins.plugins.patchworkci.check.CheckConfig;
import io.jenkins.plugins.patchworkci.check.CheckRegistry;
import io.jenkins.plugins.patchworkci.job.LibbpfPart;
import io.jenkins.plugins.patchworkci.route.Plan;
import java.util.ArrayList;
import java.util.List;

/** The checks of a series job: their configuration given its build plan, and the names it will report. */
public final class JobChecks {

    private JobChecks() {}

    /**
     * The configured checks for a build plan: {@code build_warnings} builds with the plan's first
     * build command (per patch when there are per-patch commands) unless it names its own.
     * {@code checks} is completed in place and returned.
     */
    public static CheckConfig config(CheckConfig checks, BuildPlan plan) {
        List<List<String>> build = plan.perPatch().isEmpty() ? plan.commands() : plan.perPatch();
        if (!build.isEmpty() && !checks.options("build_warnings").values().containsKey("command")) {
            checks.option("build_warnings", "command", build.get(0));
        }
        return checks;
    }

    /** The checks a job will report, in the order they are announced: the enabled ones, the build's, the suites', libbpf's. */
    static List<String> expected(CheckRegistry registry, CheckConfig checks, BuildPlan build, Plan plan) {
        List<String> expected = new ArrayList<>(registry.enabled(checks).stream().map(Check::name).toList());
        expected.addAll(BuildStep.checksOf(build));
        build.tests().forEach(suite -> expected.add(suite.name()));
        if (plan.companions().stream().anyMatch(LibbpfPart::isPlan)) {
            expected.add(LibbpfPart.CHECK);
        }
        return expected;
    }
}
