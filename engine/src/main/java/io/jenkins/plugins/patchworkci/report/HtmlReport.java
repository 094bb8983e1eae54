package io.jenkins.plugins.patchworkci.report;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.route.Companion;
import io.jenkins.plugins.patchworkci.route.Plan;
import io.jenkins.plugins.patchworkci.route.RoutingStep;
import io.jenkins.plugins.patchworkci.route.Tree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One self-contained HTML page per run: the series and its versions, the patches-by-checks matrix
 * and the findings (or first, when it did not apply, why), the apply result, the plan and why,
 * logs and timings. No
 * external assets and no script: the style is inline, and the page's Content-Security-Policy
 * forbids scripts, so even a mistake in escaping could not run one. Every string from mail goes
 * through {@link HtmlEscaper} inside a {@code <bdi>}.
 */
public final class HtmlReport {

    private static final String STYLE = "body{margin:24px;font:15px/1.45 system-ui,sans-serif;color:#1f2328;max-width:1200px}"
            + "h1{font-size:21px;margin:0 0 4px}h2{font-size:17px;margin:22px 0 8px;border-bottom:1px solid #d8dce2}"
            + ".pwci-meta{color:#4b5361;margin:0 0 8px}.pwci-overall{display:inline-block;padding:2px 10px;border-radius:4px;font-weight:700}"
            + "table.pwci-plain{border-collapse:collapse}table.pwci-plain td,table.pwci-plain th{border:1px solid #d8dce2;padding:3px 8px;text-align:left;vertical-align:top}"
            + "pre{background:#f6f8fa;border:1px solid #d8dce2;padding:8px;overflow:auto;white-space:pre-wrap;overflow-wrap:anywhere;margin:4px 0}"
            + ".pwci-side{display:grid;grid-template-columns:1fr 1fr;gap:12px}"
            + "ul{margin:4px 0;padding-left:22px}code{font-size:13px}";

    private HtmlReport() {}

    @NonNull
    public static String page(@NonNull Run run) {
        ReportedSeries s = run.series();
        StateBadge overall = StateBadge.of(run.state());
        StringBuilder html = new StringBuilder(16384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(HtmlEscaper.escape("v" + s.version() + " " + s.title())).append(" \u2013 patchwork-ci</title>\n")
                .append("<style>").append(STYLE).append(CheckMatrix.STYLE).append("</style>\n</head>\n<body>\n");

        html.append("<h1>").append(PageText.mail(s.title())).append("</h1>\n");
        html.append("<p class=\"pwci-meta\">v").append(s.version()).append(", ").append(s.patches().size())
                .append(s.patches().size() == 1 ? " patch" : " patches").append(" by ")
                .append(PageText.mail(s.author().name())).append(" &lt;").append(PageText.mail(s.author().email()))
                .append("&gt; \u00B7 run ").append(HtmlEscaper.escape(run.id())).append(" \u00B7 ")
                .append("<span class=\"pwci-overall ").append(overall.cssClass()).append("\">")
                .append(HtmlEscaper.escape(overall.symbol() + " " + (run.finished() ? overall.word() : "running")))
                .append("</span></p>\n");
        links(html, s);

        // What a maintainer looks for first: why it did not apply, else the verdicts; then the how and why.
        boolean failedToApply = run.apply() != null && !run.apply().applied();
        if (failedToApply) {
            html.append("<h2>Apply</h2>\n");
            apply(html, run);
        }
        html.append("<h2>Checks</h2>\n").append(CheckMatrix.table(run, null));
        findings(html, run);
        if (!failedToApply) {
            html.append("<h2>Apply</h2>\n");
            apply(html, run);
        }
        html.append("<h2>Plan</h2>\n");
        plan(html, run.plan());
        logsAndTimings(html, run);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /** Writes the page (UTF-8) atomically. */
    public static void write(@NonNull Run run, @NonNull Path file) throws IOException {
        AtomicFile.write(file, page(run).getBytes(StandardCharsets.UTF_8));
    }

    private static void links(StringBuilder html, ReportedSeries s) {
        html.append("<ul>");
        if (s.links().patchwork() != null) {
            html.append("<li>").append(PageText.link(s.links().patchwork(), "Patchwork series")).append("</li>");
        }
        if (s.links().archive() != null) {
            html.append("<li>").append(PageText.link(s.links().archive(), "Archive thread")).append("</li>");
        }
        if (s.cover() != null) {
            html.append("<li>Cover letter: ").append(PageText.mail(s.cover().subject())).append("</li>");
        }
        if (!s.links().versions().isEmpty()) {
            html.append("<li>Other versions:");
            for (VersionLink v : s.links().versions()) {
                String target = v.patchwork() != null ? v.patchwork() : v.archive();
                html.append(' ').append(PageText.link(target, "v" + v.version()));
            }
            html.append("</li>");
        }
        html.append("</ul>\n");
    }

    private static void plan(StringBuilder html, Plan plan) {
        html.append("<p>").append(HtmlEscaper.escape(plan.summary())).append("</p>\n");
        if (plan.tree().isPresent()) {
            Tree t = plan.tree().get();
            html.append("<p>Tree <b>").append(HtmlEscaper.escape(t.name())).append("</b>: <code>")
                    .append(HtmlEscaper.escape(t.remote())).append("</code> branch <code>")
                    .append(HtmlEscaper.escape(t.branch())).append("</code>");
            plan.base().ifPresent(b -> html.append(", base <code>").append(HtmlEscaper.escape(b)).append("</code>"));
            html.append("</p>\n");
        }
        if (!plan.steps().isEmpty()) {
            html.append("<table class=\"pwci-plain\"><thead><tr><th>Step</th><th>Trees left</th><th>Why</th></tr></thead><tbody>\n");
            for (RoutingStep step : plan.steps()) {
                html.append("<tr><td>").append(HtmlEscaper.escape(step.step())).append(step.stop() ? " (stop)" : "")
                        .append("</td><td>").append(HtmlEscaper.escape(String.join(", ", step.remaining())))
                        .append("</td><td>").append(PageText.mail(step.reason())).append("</td></tr>\n");
            }
            html.append("</tbody></table>\n");
        }
        for (Plan companion : plan.companions()) {
            // a possible companion's label starts with "Possible companion", which says it all
            html.append(Companion.isPossible(companion) ? "<p>" : "<p>Companion ").append(PageText.mail(companion.label())).append(": ")
                    .append(HtmlEscaper.escape(companion.summary())).append("</p>\n");
        }
    }

    private static void apply(StringBuilder html, Run run) {
        ApplyResult apply = run.apply();
        if (apply == null) {
            html.append("<p>Not applied yet.</p>\n");
            return;
        }
        String tried = String.join(", ", apply.tried());
        if (apply.applied()) {
            html.append("<p>Applied with <b>").append(HtmlEscaper.escape(apply.tier())).append("</b> (tried: ")
                    .append(HtmlEscaper.escape(tried)).append(").</p>\n<ul>");
            for (AppliedCommit c : apply.commits()) {
                html.append("<li>").append(c.patch()).append(": <code>").append(HtmlEscaper.escape(c.commit()))
                        .append("</code></li>");
            }
            html.append("</ul>\n");
            return;
        }
        ApplyFailure f = apply.failure();
        html.append("<p class=\"pwci-fail\" style=\"padding:6px 10px\">").append(HtmlEscaper.escape(StateBadge.FAIL.symbol()))
                .append(" Did not apply (tried: ").append(HtmlEscaper.escape(tried)).append("): ")
                .append(PageText.mail(f.summary())).append("</p>\n");
        html.append("<p>Patch ").append(f.patch()).append(": ")
                .append(PageText.mail(run.series().patch(f.patch()).mail().subject()));
        if (f.file() != null) {
            html.append(", file <code>").append(PageText.mail(f.file())).append("</code>");
        }
        if (f.hunk() > 0) {
            html.append(", hunk ").append(f.hunk());
        }
        html.append("</p>\n<div class=\"pwci-side\"><div>The patch expects<pre>")
                .append(HtmlEscaper.escape(f.expected())).append("</pre></div><div>The tree has<pre>")
                .append(HtmlEscaper.escape(f.actual())).append("</pre></div></div>\n");
    }

    /** Every verdict that is not a success: series verdicts once, then each patch's own. */
    private static void findings(StringBuilder html, Run run) {
        StringBuilder items = new StringBuilder();
        for (SeriesCheckResult r : run.seriesResults()) {
            if (r.state() != CheckState.SUCCESS) {
                finding(items, StateBadge.of(r.state()), r.check(), "the series", r.description(), r.details());
            }
        }
        for (CheckResult r : run.results()) {
            if (r.state() != CheckState.SUCCESS) {
                finding(items, run.notTried(r.patch(), r.check()) ? StateBadge.NOT_TRIED : StateBadge.of(r.state()),
                        r.check(), "patch " + r.patch(), r.description(), r.details());
            }
        }
        if (items.length() > 0) {
            html.append("<h2>Findings</h2>\n<ul>\n").append(items).append("</ul>\n");
        }
    }

    private static void finding(StringBuilder items, StateBadge b, String check, String where, String description,
            String details) {
        items.append("<li><span class=\"pwci-overall ").append(b.cssClass()).append("\">")
                .append(HtmlEscaper.escape(b.symbol() + " " + b.word())).append("</span> ")
                .append(HtmlEscaper.escape(check)).append(" on ").append(where).append(": ")
                .append(PageText.mail(description));
        if (!details.isEmpty()) {
            items.append("<pre>").append(HtmlEscaper.escape(details)).append("</pre>");
        }
        items.append("</li>\n");
    }

    private static void logsAndTimings(StringBuilder html, Run run) {
        if (!run.logs().isEmpty()) {
            html.append("<h2>Logs</h2>\n<ul>");
            for (LogLink l : run.logs()) {
                html.append("<li>").append(PageText.link(l.url(), HtmlEscaper.escape(l.name())))
                        .append(l.patch() == 0 ? " (series)" : " (patch " + l.patch() + ")").append("</li>");
            }
            html.append("</ul>\n");
        }
        Timings t = run.timings();
        html.append("<h2>Timings</h2>\n<p>Queued ").append(t.queued());
        if (t.started() != null) {
            html.append(", started ").append(t.started());
        }
        if (t.finished() != null) {
            html.append(", finished ").append(t.finished()).append(" (").append(human(t.elapsed())).append(')');
        }
        html.append(".</p>\n");
        if (!t.steps().isEmpty()) {
            html.append("<table class=\"pwci-plain\"><tbody>");
            for (StepTiming st : t.steps()) {
                html.append("<tr><td>").append(HtmlEscaper.escape(st.step())).append("</td><td>")
                        .append(human(Duration.ofMillis(st.millis()))).append("</td></tr>");
            }
            html.append("</tbody></table>\n");
        }
    }

    private static String human(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return d.toMillis() < 10_000 ? String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0) : s + " s";
        }
        return s >= 3600 ? (s / 3600) + " h " + (s % 3600 / 60) + " min" : (s / 60) + " min " + (s % 60) + " s";
    }
}
