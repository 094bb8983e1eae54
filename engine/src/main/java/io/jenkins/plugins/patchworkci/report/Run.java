package io.jenkins.plugins.patchworkci.report;

import io.jenkins.plugins.patchworkci.check.ApplyCheck;
import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.route.Plan;
import io.jenkins.plugins.patchworkci.route.Tree;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One run of one series version: what was tested (the series), where and why (the plan), whether
 * it applied, every check's verdict per patch, the logs and the timings. Everything a report
 * shows comes from here, and it is what {@link RunJson} writes ({@code docs/report-schema.json}).
 *
 * @param schemaVersion the JSON schema version this value follows ({@link #SCHEMA_VERSION})
 * @param id the run's identity, unique per site ({@code netdevbpf-6-1})
 * @param path where the run's page lives below the site's public base URL ({@code netdevbpf/6/1/});
 *     relative, of {@code [A-Za-z0-9._/-]}, never {@code ..}
 * @param series the series version under test
 * @param plan the routing plan: tree, base, steps with reasons, companions
 * @param expectedChecks the checks this run will report, in display order (they are posted as
 *     pending when the run starts)
 * @param apply how applying went, or null while not tried
 * @param results per-patch verdicts
 * @param seriesResults verdicts on the whole series, shown on every patch
 * @param logs links to logs
 * @param timings queue, start and finish times, and step durations
 */
public record Run(int schemaVersion, String id, String path, ReportedSeries series,
        Plan plan, List<String> expectedChecks, @Nullable ApplyResult apply,
        List<CheckResult> results, List<SeriesCheckResult> seriesResults,
        List<LogLink> logs, Timings timings) {

    public static final int SCHEMA_VERSION = 1;

    public Run {
        if (schemaVersion != SCHEMA_VERSION) {
            throw new IllegalArgumentException("unsupported run schema version " + schemaVersion
                    + " (this engine reads " + SCHEMA_VERSION + ")");
        }
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("run id must be a word of letters, digits, '.', '_' or '-': " + id);
        }
        if (path == null || !path.matches("[A-Za-z0-9._/-]*") || path.startsWith("/")
                || List.of(path.split("/")).contains("..")) {
            throw new IllegalArgumentException("run path must be relative, of [A-Za-z0-9._/-], without '..': " + path);
        }
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(plan, "plan");
        expectedChecks = List.copyOf(expectedChecks);
        results = List.copyOf(results);
        seriesResults = List.copyOf(seriesResults);
        logs = List.copyOf(logs);
        Objects.requireNonNull(timings, "timings");
        int patches = series.patches().size();
        for (CheckResult r : results) {
            if (r.patch() > patches) {
                throw new IllegalArgumentException("run " + id + ": result " + r.check() + " for patch " + r.patch()
                        + " of a series of " + patches);
            }
        }
        for (LogLink l : logs) {
            if (l.patch() > patches) {
                throw new IllegalArgumentException("run " + id + ": log " + l.name() + " for patch " + l.patch()
                        + " of a series of " + patches);
            }
        }
    }

    /** A run that has just been queued: nothing applied, no results yet. */
    public static Run started(String id, String path, ReportedSeries series, Plan plan, List<String> expectedChecks,
            Timings timings) {
        return new Run(SCHEMA_VERSION, id, path, series, plan, expectedChecks, null, List.of(), List.of(), List.of(),
                timings);
    }

    /** The tree the plan chose, or empty when routing made no decision. */
    public Optional<String> tree() {
        return plan.tree().map(Tree::name);
    }

    public boolean finished() {
        return timings.finished() != null;
    }

    /** Every check the run knows: the expected ones first, in order, then any others in order of appearance. */
    public List<String> checks() {
        Set<String> names = new LinkedHashSet<>(expectedChecks);
        seriesResults.forEach(r -> names.add(r.check()));
        results.forEach(r -> names.add(r.check()));
        return List.copyOf(names);
    }

    /**
     * One check's verdict on one patch: the patch's own result when there is one (the last, if a
     * check reported twice), else the series result, else empty.
     */
    public Optional<CheckResult> result(int patch, String check) {
        CheckResult own = null;
        for (CheckResult r : results) {
            if (r.patch() == patch && r.check().equals(check)) {
                own = r;
            }
        }
        if (own != null) {
            return Optional.of(own);
        }
        SeriesCheckResult whole = null;
        for (SeriesCheckResult r : seriesResults) {
            if (r.check().equals(check)) {
                whole = r;
            }
        }
        return whole == null ? Optional.empty() : Optional.of(whole.onPatch(patch));
    }

    /** Every verdict on one patch, series verdicts included, in {@link #checks()} order. */
    public List<CheckResult> resultsFor(int patch) {
        series.patch(patch);
        List<CheckResult> out = new ArrayList<>();
        for (String check : checks()) {
            result(patch, check).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The worst state of all verdicts, as Patchwork summarises a patch; fail when the series did
     * not apply; pending when there are no verdicts.
     */
    public CheckState state() {
        if (apply != null && !apply.applied()) {
            return CheckState.FAIL;
        }
        CheckState worst = null;
        for (int p = 1; p <= series.patches().size(); p++) {
            for (CheckResult r : resultsFor(p)) {
                worst = worst == null ? r.state() : CheckState.worst(worst, r.state());
            }
        }
        return worst == null ? CheckState.PENDING : worst;
    }

    /**
     * Whether {@code check} never looked at {@code patch} because the series stopped applying to
     * the tip at an earlier patch: the {@code apply} verdict on such a patch (final for Patchwork,
     * {@code fail}, but about the patch that failed, not this one), and, unless the series was
     * built at its base-commit instead (needs a rebase), any check with no verdict there, a pending
     * one, or one that says it was not tried or not run. Pages show these as "not tried".
     */
    public boolean notTried(int patch, String check) {
        if (!afterApplyFailure(patch)) {
            return false;
        }
        if (check.equals(ApplyCheck.NAME)) {
            return true;
        }
        if (apply.needsRebase()) {
            return false;
        }
        Optional<CheckResult> r = result(patch, check);
        if (r.isEmpty() || r.get().state() == CheckState.PENDING) {
            return true;
        }
        String d = r.get().description().toLowerCase(Locale.ROOT);
        return d.startsWith("not tried") || d.startsWith("not run");
    }

    /** Whether nothing looked at {@code patch}: it comes after the one that did not apply, and nothing was built at a base-commit. */
    public boolean notTried(int patch) {
        return afterApplyFailure(patch) && !apply.needsRebase();
    }

    private boolean afterApplyFailure(int patch) {
        return apply != null && !apply.applied() && patch > apply.failure().patch();
    }

    public Run withApply(ApplyResult result) {
        return new Run(schemaVersion, id, path, series, plan, expectedChecks, result, results, seriesResults, logs,
                timings);
    }

    public Run withResults(List<CheckResult> perPatch, List<SeriesCheckResult> whole) {
        return new Run(schemaVersion, id, path, series, plan, expectedChecks, apply, perPatch, whole, logs, timings);
    }

    public Run withLogs(List<LogLink> links) {
        return new Run(schemaVersion, id, path, series, plan, expectedChecks, apply, results, seriesResults, links,
                timings);
    }

    public Run withTimings(Timings t) {
        return new Run(schemaVersion, id, path, series, plan, expectedChecks, apply, results, seriesResults, logs, t);
    }
}
