package io.jenkins.plugins.patchworkci.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs the enabled checks over one series and collects their results. A check that breaks (a
 * tool that is not there, a repository that cannot be read) is reported as a warning on every
 * patch with the reason, never as the series' fault, and the other checks still run. A series
 * that did not apply gets only the checks that need no applied tree: the others have nothing to
 * look at.
 */
public final class RunChecks {

    private final CheckRegistry registry;
    private final CheckConfig config;

    public RunChecks(CheckRegistry registry, CheckConfig config) {
        this.registry = Objects.requireNonNull(registry);
        this.config = Objects.requireNonNull(config);
    }

    public List<CheckResult> call(CheckContext context) throws InterruptedException {
        List<CheckResult> results = new ArrayList<>();
        for (Check check : registry.enabled(config)) {
            try {
                results.addAll(check.run(context, config.options(check.name())));
            } catch (IOException | RuntimeException e) {
                // A broken check (a bug included) is reported, and the other checks still run.
                for (PatchUnderTest p : context.patches()) {
                    results.add(new CheckResult(check.name(), p.number(), CheckState.WARNING,
                            "check could not run: " + reason(e), e.toString()));
                }
            }
        }
        return results;
    }

    static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
