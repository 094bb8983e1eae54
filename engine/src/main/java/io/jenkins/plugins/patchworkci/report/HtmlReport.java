package io.jenkins.plugins.patchworkci.report;

import io.jenkins.plugins.patchworkci.check.ApplyCheck;
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
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One self-contained HTML page per run, in the order a maintainer reads it: the series and its
 * state; when it did not apply (or needs a rebase), why, with the characters that differ marked;
 * the failures and warnings, each with its description and log; the patches-by-checks matrix;
 * then the apply result, the plan and why, logs and timings. No external assets and no script:
 * the style is inline and the Content-Security-Policy forbids scripts. Written through
 * {@link Html}, which has no way to take markup: every string is encoded text.
 */
public final class HtmlReport {

    static final String PAGE_STYLE = "body{margin:24px;font:15px/1.45 system-ui,sans-serif;color:#1f2328}"
            + "main{max-width:1400px}"
            + "h1{font-size:21px;margin:0 0 4px;overflow-wrap:break-word}"
            + "h2{font-size:17px;margin:22px 0 8px;border-bottom:1px solid #d8dce2}"
            + "h3{font-size:14px;margin:6px 0 2px;font-weight:600}"
            + ".pwci-meta{color:#4b5361;margin:0 0 6px}"
            + ".pwci-badge{display:inline-block;padding:1px 8px;border-radius:4px;font-weight:700;white-space:nowrap}"
            + ".pwci-links{list-style:none;padding:0;margin:4px 0}.pwci-links li{display:inline;margin-right:16px}"
            + ".pwci-banner{padding:8px 12px;border-radius:4px;margin:10px 0;font-weight:600}"
            + "table.pwci-plain{border-collapse:collapse}table.pwci-plain td,table.pwci-plain th{border:1px solid #d8dce2;"
            + "padding:3px 8px;text-align:left;vertical-align:top}"
            + "pre{background:#f6f8fa;border:1px solid #d8dce2;padding:8px;overflow:auto;white-space:pre-wrap;"
            + "overflow-wrap:anywhere;margin:4px 0;font-size:13px}"
            + "mark{background:#ffd33d;color:#1f2328;border-radius:2px}"
            + ".pwci-side{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:12px}"
            + ".pwci-findings{list-style:none;padding:0;margin:0}.pwci-findings li{margin:0 0 8px}"
            + ".pwci-findings details{margin:2px 0 0 4px}.pwci-where{color:#4b5361}"
            + "ul{margin:4px 0;padding-left:22px}code{font-size:13px}";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private HtmlReport() {}

    /**
     * Every page's start, up to the opened {@code <main>}: UTF-8, a policy that allows no script and
     * no outside resource (so even a mistake in escaping could not run one), its title and style.
     */
    static Html pageStart(String title, String style) {
        Html html = new Html().doctype();
        html.open("html", "lang", "en").newline().open("head").newline()
                .open("meta", "charset", "utf-8")
                .open("meta", "http-equiv", "Content-Security-Policy",
                        "content", "default-src 'none'; style-src 'unsafe-inline'")
                .open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline()
                .element("title", title).newline()
                .style(style).newline()
                .close("head").newline().open("body").open("main").newline();
        return html;
    }

    public static String page(Run run) {
        ReportedSeries s = run.series();
        Html html = pageStart("v" + s.version() + " " + s.title() + " \u2013 patchwork-ci", PAGE_STYLE + CheckMatrix.STYLE);

        header(html, run);
        ApplyResult apply = run.apply();
        boolean failedToApply = apply != null && !apply.applied();
        if (failedToApply) {
            html.element("h2", "Apply");
            applyFailure(html, run);
        }
        findings(html, run, failedToApply);
        html.element("h2", "Checks").newline();
        if (apply != null && apply.needsRebase()) {
            html.element("p", "Every check below ran at the base-commit " + abbrev(apply.atBaseCommit().commit())
                    + ", not at the tip.", "class", "pwci-meta");
        }
        CheckMatrix.table(html, run, null);
        if (!failedToApply) {
            html.element("h2", "Apply");
            applied(html, run);
        }
        html.element("h2", "Plan");
        plan(html, run.plan());
        logsAndTimings(html, run);
        html.close("main").close("body").newline().close("html").newline();
        return html.toString();
    }

    /** Writes the page (UTF-8) atomically. */
    public static void write(Run run, Path file) throws IOException {
        AtomicFile.write(file, page(run).getBytes(StandardCharsets.UTF_8));
    }

    private static void header(Html html, Run run) {
        ReportedSeries s = run.series();
        StateBadge overall = StateBadge.of(run.state());
        html.open("h1").mail(s.title()).close("h1").newline();
        html.open("p", "class", "pwci-meta").text("v" + s.version() + " \u00B7 " + s.patches().size()
                + (s.patches().size() == 1 ? " patch" : " patches") + " \u00B7 by ")
                .mail(s.author().name()).text(" <").mail(s.author().email()).text(">");
        run.tree().ifPresent(t -> html.text(" \u00B7 " + t));
        html.text(" \u00B7 run " + run.id() + " \u00B7 ")
                .element("span", overall.symbol() + " " + (run.finished() ? overall.word() : "running"),
                        "class", "pwci-badge " + overall.cssClass())
                .close("p").newline();
        html.open("ul", "class", "pwci-links");
        if (s.links().patchwork() != null) {
            html.open("li").linkText(s.links().patchwork(), "Patchwork series").close("li");
        }
        if (s.links().archive() != null) {
            html.open("li").linkText(s.links().archive(), "Archive thread").close("li");
        }
        if (s.cover() != null) {
            html.open("li").text("Cover letter: ").mail(s.cover().subject()).close("li");
        }
        if (!s.links().versions().isEmpty()) {
            html.open("li").text("Other versions:");
            for (ReportedVersion v : s.links().versions()) {
                html.text(" ").linkText(v.patchwork() != null ? v.patchwork() : v.archive(), "v" + v.version());
            }
            html.close("li");
        }
        html.close("ul").newline();
    }

    /** Why the series did not apply to the tip: once, with the differing characters marked. */
    private static void applyFailure(Html html, Run run) {
        ApplyResult apply = run.apply();
        ReportedApplyFailure f = apply.failure();
        String tree = run.tree().orElse("the branch");
        String tip = tipText(apply, tree);
        if (apply.needsRebase()) {
            html.element("p", StateBadge.WARNING.symbol() + " Needs a rebase: applies at its base-commit "
                    + abbrev(apply.atBaseCommit().commit()) + ", not at " + tip
                    + ". The build, tests and checks ran at the base-commit.", "class", "pwci-banner pwci-warning");
        } else {
            html.element("p", StateBadge.FAIL.symbol() + " Does not apply to " + tip + ".", "class",
                    "pwci-banner pwci-fail");
        }
        html.open("p").text("Patch " + f.patch() + " ").mail(run.series().patch(f.patch()).mail().subjectWithoutPrefix());
        if (f.file() != null) {
            html.text(", file ").open("code").mail(f.file()).close("code");
        }
        if (f.hunk() > 0) {
            html.text(", hunk " + f.hunk());
        }
        html.text(". ").mail(f.summary()).text(" (tried: " + String.join(", ", apply.tried()) + ")").close("p").newline();
        if (!f.expected().isEmpty() || !f.actual().isEmpty()) {
            LineDiff diff = LineDiff.of(f.expected(), f.actual());
            html.open("div", "class", "pwci-side").open("div").element("h3", "The patch expects").open("pre");
            diff.writeLeft(html);
            html.close("pre").close("div").open("div").element("h3", "The tree has").open("pre");
            diff.writeRight(html);
            html.close("pre").close("div").close("div").newline();
        }
        int total = run.series().patches().size();
        if (f.patch() < total) {
            boolean one = f.patch() + 1 == total;
            html.element("p", (one ? "Patch " + total + " was" : "Patches " + (f.patch() + 1) + "\u2013" + total + " were")
                    + " not tried" + (apply.needsRebase() ? " on the tip." : "."), "class", "pwci-meta");
        }
    }

    private static String tipText(ApplyResult apply, String tree) {
        if (apply.tip() == null) {
            return "the tip of " + tree;
        }
        return "the tip of " + tree + ", " + abbrev(apply.tip().commit())
                + (apply.tip().committed() != null ? " of " + WHEN.format(apply.tip().committed()) : "");
    }

    private static void applied(Html html, Run run) {
        ApplyResult apply = run.apply();
        if (apply == null) {
            html.element("p", "Not applied yet.");
            return;
        }
        html.open("p").text("Applied to " + tipText(apply, run.tree().orElse("the branch")) + " with ")
                .element("b", apply.tier()).text(" (tried: " + String.join(", ", apply.tried()) + ").").close("p");
        html.open("ul");
        for (ReportedCommit c : apply.commits()) {
            html.open("li").text(c.patch() + ": ").element("code", c.commit()).close("li");
        }
        html.close("ul").newline();
    }

    private static void plan(Html html, Plan plan) {
        html.open("p").mail(plan.summary()).close("p").newline();
        if (plan.tree().isPresent()) {
            Tree t = plan.tree().get();
            html.open("p").text("Tree ").element("b", t.name()).text(": ").element("code", t.remote())
                    .text(" branch ").element("code", t.branch());
            plan.base().ifPresent(b -> html.text(", tip ").element("code", b));
            html.close("p").newline();
        }
        if (!plan.steps().isEmpty()) {
            html.open("table", "class", "pwci-plain").open("thead").open("tr").element("th", "Step")
                    .element("th", "Trees left").element("th", "Why").close("tr").close("thead").open("tbody").newline();
            for (RoutingStep step : plan.steps()) {
                html.open("tr").element("td", step.step() + (step.stop() ? " (stop)" : ""))
                        .element("td", String.join(", ", step.remaining())).open("td").mail(step.reason()).close("td")
                        .close("tr").newline();
            }
            html.close("tbody").close("table").newline();
        }
        for (Plan companion : plan.companions()) {
            // a possible companion's label starts with "Possible companion", which says it all
            html.open("p").text(Companion.isPossible(companion) ? "" : "Companion ").mail(companion.label()).text(": ")
                    .mail(companion.summary()).close("p");
        }
    }

    /** One verdict that needs a look. */
    private record Finding(CheckState state, String check, int patch, String description, String details) {}

    /**
     * Every failure, then every warning: series verdicts once, then each patch's own, each with its
     * description, its log and its details. The apply failure is left out when the page shows it above.
     */
    private static void findings(Html html, Run run, boolean applyShown) {
        List<Finding> all = new ArrayList<>();
        for (SeriesCheckResult r : run.seriesResults()) {
            all.add(new Finding(r.state(), r.check(), 0, r.description(), r.details()));
        }
        for (CheckResult r : run.results()) {
            if (!(applyShown && r.check().equals(ApplyCheck.NAME))
                    && !run.notTried(r.patch(), r.check())) {
                all.add(new Finding(r.state(), r.check(), r.patch(), r.description(), r.details()));
            }
        }
        List<Finding> shown = all.stream().filter(f -> f.state() == CheckState.FAIL || f.state() == CheckState.WARNING)
                .sorted(Comparator.comparing((Finding f) -> f.state() == CheckState.FAIL ? 0 : 1)
                        .thenComparing(Finding::patch))
                .toList();
        if (shown.isEmpty()) {
            return;
        }
        long fails = shown.stream().filter(f -> f.state() == CheckState.FAIL).count();
        html.element("h2", "Failures and warnings (" + fails + " failed, " + (shown.size() - fails) + " warned)").newline();
        html.open("ul", "class", "pwci-findings").newline();
        for (Finding f : shown) {
            StateBadge b = StateBadge.of(f.state());
            html.open("li").element("span", b.symbol() + " " + b.word(), "class", "pwci-badge " + b.cssClass())
                    .text(" ").element("b", f.check()).text(" ");
            if (f.patch() == 0) {
                html.element("span", "on the series", "class", "pwci-where");
            } else {
                html.open("span", "class", "pwci-where").text("on patch " + f.patch() + " \u201C")
                        .mail(run.series().patch(f.patch()).mail().subjectWithoutPrefix()).text("\u201D").close("span");
            }
            html.text(": ").mail(f.description());
            String log = CheckMatrix.log(run, Math.max(f.patch(), 0), f.check());
            if (log != null) {
                html.text(" ");
                boolean linked = html.link(log);
                html.text(linked ? "[log]" : "").endLink(linked);
            }
            if (!f.details().isEmpty() && !f.details().strip().equals(f.description().strip())) {
                html.open("details").element("summary", "details").element("pre", f.details()).close("details");
            }
            html.close("li").newline();
        }
        html.close("ul").newline();
    }

    private static void logsAndTimings(Html html, Run run) {
        if (!run.logs().isEmpty()) {
            html.element("h2", "Logs").open("ul");
            for (LogLink l : run.logs()) {
                html.open("li").linkText(l.url(), l.name())
                        .text(l.patch() == 0 ? " (series)" : " (patch " + l.patch() + ")").close("li");
            }
            html.close("ul").newline();
        }
        Timings t = run.timings();
        html.element("h2", "Timings").open("p").text("Queued " + t.queued());
        if (t.started() != null) {
            html.text(", started " + t.started());
        }
        if (t.finished() != null) {
            html.text(", finished " + t.finished() + " (" + human(t.elapsed()) + ")");
        }
        html.text(".").close("p").newline();
        if (!t.steps().isEmpty()) {
            html.open("table", "class", "pwci-plain").open("tbody");
            for (StepTiming st : t.steps()) {
                html.open("tr").element("td", st.step()).element("td", human(Duration.ofMillis(st.millis()))).close("tr");
            }
            html.close("tbody").close("table").newline();
        }
    }

    static String abbrev(String commit) {
        return commit.substring(0, Math.min(12, commit.length()));
    }

    static String when(Instant t) {
        return WHEN.format(t);
    }

    private static String human(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return d.toMillis() < 10_000 ? String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0) : s + " s";
        }
        return s >= 3600 ? (s / 3600) + " h " + (s % 3600 / 60) + " min" : (s / 60) + " min " + (s % 60) + " s";
    }
}
