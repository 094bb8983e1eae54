package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Run;
import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.report.CheckMatrix;
import io.jenkins.plugins.patchworkci.report.RunJson;
import io.jenkins.plugins.patchworkci.route.RoutingStep;
import io.jenkins.plugins.patchworkci.scan.HeadVersion;
import io.jenkins.plugins.patchworkci.scan.LineageHead;
import io.jenkins.plugins.patchworkci.scan.ScannedVersion;
import io.jenkins.plugins.patchworkci.series.Series;
import io.jenkins.plugins.patchworkci.step.SeriesReport;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jenkins.model.RunAction2;

/**
 * The series on the build page: title, version, author, links, the routing plan and why, and the
 * engine's patches-by-checks matrix. Every text from mail is shown through Jelly's escape-by-default;
 * the one raw fragment is the engine's {@link CheckMatrix}, which escapes every value itself (tested in
 * the engine). Stored with the build as plain strings and the engine's run JSON.
 */
public final class PatchworkSeriesAction implements RunAction2 {

    private final String head;
    private final String title;
    private final int version;
    private final String authorName;
    private final String authorEmail;
    @CheckForNull
    private final String seriesUrl;
    private final String planSummary;
    // ArrayLists, not List.of/copyOf: the action is stored with the build by XStream
    private final ArrayList<String> planSteps;
    private final String movedFrom;
    private final String movedTo;
    /** The engine's report of this run (series, plan, results) as JSON; checks are added to it. */
    private String runJson;
    /** Where patchworkCheckout left the series, and its commits (hex, oldest first); empty before. */
    private String checkoutDir = "";
    private String checkoutTree = "";
    private String checkoutBase = "";
    private ArrayList<String> checkoutCommits = new ArrayList<>();
    private transient Run<?, ?> run;

    private PatchworkSeriesAction(LineageHead h, HeadVersion v, String runJson) {
        Series s = v.scanned().series();
        this.head = h.name().toString();
        this.title = s.subject();
        this.version = v.revision().version();
        this.authorName = s.author().name();
        this.authorEmail = s.author().email();
        String url = v.scanned().patchwork().webUrl();
        // a link target from the server: only http(s), never javascript: or data:
        this.seriesUrl = url != null && url.matches("(?i)https?://\\S+") ? url : null;
        this.planSummary = v.plan().summary();
        this.planSteps = new ArrayList<>(v.plan().steps().stream().map(RoutingStep::toString).toList());
        this.movedFrom = h.movedFrom().map(Object::toString).orElse("");
        this.movedTo = h.movedTo().map(Object::toString).orElse("");
        this.runJson = runJson;
    }

    /** Puts the series on the build page (replacing an earlier one of the same build). */
    @NonNull
    static PatchworkSeriesAction attach(@NonNull Run<?, ?> run, @NonNull ScannedVersion found) {
        LineageHead h = found.head();
        HeadVersion v = found.version();
        PatchworkSeriesAction existing = run.getAction(PatchworkSeriesAction.class);
        if (existing != null && existing.head.equals(h.name().toString()) && existing.version == v.revision().version()) {
            return existing;
        }
        String id = h.name() + "-v" + v.revision().version();
        PatchworkSeriesAction a = new PatchworkSeriesAction(h, v,
                RunJson.write(SeriesReport.of(id, v, List.of(), Instant.now())));
        run.addOrReplaceAction(a);
        return a;
    }

    /**
     * Records a check the build reported, on one patch (1-based) or, with 0, on every patch.
     *
     * @param state pending, success, warning or fail
     */
    synchronized void record(@NonNull String context, int patch, @NonNull String state, @CheckForNull String description)
            throws IOException {
        io.jenkins.plugins.patchworkci.report.Run report = RunJson.read(runJson);
        int patches = report.series().patches().size();
        List<CheckResult> results = new ArrayList<>(report.results());
        CheckState s = CheckState.valueOf(state.toUpperCase(Locale.ROOT));
        for (int i = 1; i <= patches; i++) {
            if (patch == 0 || patch == i) {
                results.add(new CheckResult(context, i, s, description == null ? "" : description, ""));
            }
        }
        List<String> checks = new ArrayList<>(report.expectedChecks());
        if (!checks.contains(context)) {
            checks.add(context);
        }
        runJson = RunJson.write(new io.jenkins.plugins.patchworkci.report.Run(report.schemaVersion(), report.id(),
                report.path(), report.series(), report.plan(), checks, report.apply(), results, report.seriesResults(),
                report.logs(), report.timings()));
    }

    /** Remembers what patchworkCheckout made, for patchworkEachPatch. */
    synchronized void recordCheckout(@NonNull String dir, @NonNull String tree, @NonNull String base,
            @NonNull List<String> commits) {
        this.checkoutDir = dir;
        this.checkoutTree = tree;
        this.checkoutBase = base;
        this.checkoutCommits = new ArrayList<>(commits);
    }

    @NonNull
    synchronized String getCheckoutDir() {
        return checkoutDir == null ? "" : checkoutDir;
    }

    @NonNull
    synchronized String getCheckoutTree() {
        return checkoutTree == null ? "" : checkoutTree;
    }

    @NonNull
    synchronized String getCheckoutBase() {
        return checkoutBase == null ? "" : checkoutBase;
    }

    @NonNull
    synchronized List<String> getCheckoutCommits() {
        return checkoutCommits == null ? List.of() : List.copyOf(checkoutCommits);
    }

    public String getHead() {
        return head;
    }

    public String getTitle() {
        return title;
    }

    public int getVersion() {
        return version;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorEmail() {
        return authorEmail;
    }

    @CheckForNull
    public String getSeriesUrl() {
        return seriesUrl;
    }

    public String getPlanSummary() {
        return planSummary;
    }

    public List<String> getPlanSteps() {
        return List.copyOf(planSteps);
    }

    public String getMovedFrom() {
        return movedFrom;
    }

    public String getMovedTo() {
        return movedTo;
    }

    /** The engine's report of this run, with every check recorded so far. */
    @NonNull
    synchronized io.jenkins.plugins.patchworkci.report.Run report() throws IOException {
        return RunJson.read(runJson);
    }

    /** The engine's matrix: a style and a table whose every value the engine escaped. */
    public synchronized String getMatrixHtml() throws IOException {
        return CheckMatrix.fragment(RunJson.read(runJson));
    }

    /** The companion series patchworkCheckout applied beside this one, for the plan; null if none. */
    @CheckForNull
    public PatchworkCompanionsAction getCompanions() {
        return run == null ? null : run.getAction(PatchworkCompanionsAction.class);
    }

    @CheckForNull
    public Run<?, ?> getRun() {
        return run;
    }

    /** The links to the other versions and the archive thread, when the build lifecycle attached them. */
    @CheckForNull
    public PatchworkVersionsAction getVersions() {
        Run<?, ?> r = run;
        return r == null ? null : r.getAction(PatchworkVersionsAction.class);
    }

    @Override
    public String getIconFileName() {
        return "clipboard.png";
    }

    @Override
    public String getDisplayName() {
        return "Patchwork series";
    }

    @Override
    public String getUrlName() {
        return "patchwork";
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        this.run = r;
    }
}
