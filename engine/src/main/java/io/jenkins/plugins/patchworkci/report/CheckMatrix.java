package io.jenkins.plugins.patchworkci.report;

import io.jenkins.plugins.patchworkci.check.CheckResult;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The patches-by-checks table of a run, as an HTML fragment that stands on its own: its style is
 * inline and scoped to {@code pwci-} classes, so a Jenkins build page can embed it as is, and the
 * full report page embeds the same table. Patches are rows and checks are narrow columns, their
 * names written upwards, each cell one state mark (symbol and colour, the word for screen readers
 * and unstyled pages) with the check, state and description as its tooltip and a link to the
 * check's log: fifteen checks fit beside a 30-patch series at 1280 px, and subjects keep their
 * width. A patch after the one that failed to apply says "not tried".
 */
public final class CheckMatrix {

    static final String STYLE = ".pwci-matrix{border-collapse:collapse;font:14px/1.35 system-ui,sans-serif;width:100%}"
            + ".pwci-matrix th,.pwci-matrix td{border:1px solid #c9ced6;padding:3px 6px;vertical-align:middle}"
            + ".pwci-matrix thead th{background:#f4f5f7;font-weight:600;vertical-align:bottom;text-align:left}"
            + ".pwci-matrix th.pwci-check{padding:6px 2px;width:24px;text-align:center}"
            + ".pwci-matrix th.pwci-check span{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;"
            + "font-size:12.5px;font-weight:600}"
            + ".pwci-matrix td.pwci-cell{text-align:center;font-weight:700;white-space:nowrap;width:24px;padding:3px 2px}"
            + ".pwci-matrix td.pwci-cell a{color:inherit;text-decoration:none;display:block}"
            + ".pwci-matrix th.pwci-subject{text-align:left;font-weight:400;overflow-wrap:break-word}"
            + ".pwci-matrix .pwci-num{color:#555;white-space:nowrap;margin-right:4px}"
            + ".pwci-matrix tr.pwci-row-nottried th.pwci-subject{color:#6b7280}"
            + ".pwci-word{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}"
            + ".pwci-legend{font:13px/1.4 system-ui,sans-serif;color:#3d4450;margin:6px 0}"
            + ".pwci-legend span.pwci-key{display:inline-block;padding:0 6px;margin-right:8px;border-radius:3px;font-weight:700}"
            + ".pwci-bidi{margin-left:4px;padding:0 3px;border:1px solid #a1141d;color:#a1141d;font-size:11px;font-weight:600}"
            + stateRules();

    private CheckMatrix() {}

    /** The fragment: a {@code <style>} and a {@code <table>}, its links relative to the run's page. */
    public static String fragment(Run run) {
        Html html = new Html().style(STYLE);
        table(html, run, null);
        return html.toString();
    }

    /**
     * The fragment for a page elsewhere (a Jenkins build page): relative log links are resolved
     * against the run page's URL.
     */
    public static String fragment(Run run, URI runPage) {
        Html html = new Html().style(STYLE);
        table(html, run, runPage);
        return html.toString();
    }

    static void table(Html html, Run run, @Nullable URI base) {
        List<String> checks = run.checks();
        int total = run.series().patches().size();
        html.open("table", "class", "pwci-matrix").newline().open("thead").open("tr").element("th", "Patch");
        for (String check : checks) {
            html.open("th", "class", "pwci-check", "scope", "col", "title", check).element("span", check).close("th");
        }
        html.close("tr").close("thead").newline().open("tbody").newline();
        for (ReportedPatch patch : run.series().patches()) {
            boolean rowNotTried = run.notTried(patch.number());
            html.open("tr", "id", "patch-" + patch.number(), "class", rowNotTried ? "pwci-row-nottried" : null)
                    .open("th", "class", "pwci-subject", "scope", "row")
                    .element("span", patch.number() + "/" + total, "class", "pwci-num");
            boolean linked = html.link(patch.patchworkUrl());
            html.mail(patch.mail().subjectWithoutPrefix()).endLink(linked);
            html.close("th");
            for (String check : checks) {
                cell(html, run, patch.number(), check, base);
            }
            html.close("tr").newline();
        }
        html.close("tbody").close("table").newline();
        legend(html);
    }

    /** What each mark means; the check's name and verdict are on every mark's tooltip. */
    static void legend(Html html) {
        html.open("p", "class", "pwci-legend");
        for (StateBadge b : StateBadge.values()) {
            html.element("span", b.symbol() + " " + b.word(), "class", "pwci-key " + b.cssClass());
        }
        html.text("Point at a mark for the check and its description; a mark links to its log.").close("p").newline();
    }

    private static void cell(Html html, Run run, int patch, String check, @Nullable URI base) {
        Optional<CheckResult> result = run.result(patch, check);
        StateBadge badge = badge(run, patch, check, result);
        String title = check + ": " + badge.word() + result.map(r -> " \u2014 " + r.description()).orElse("");
        html.open("td", "class", "pwci-cell " + badge.cssClass(), "title", title);
        boolean linked = html.link(resolve(base, log(run, patch, check)));
        html.text(badge.symbol()).element("span", " " + badge.word(), "class", "pwci-word").endLink(linked);
        html.close("td");
    }

    /** The mark of one verdict: its state, or "not tried" after the patch that failed to apply ({@link Run#notTried}). */
    static StateBadge badge(Run run, int patch, String check, Optional<CheckResult> result) {
        if (run.notTried(patch, check)) {
            return StateBadge.NOT_TRIED;
        }
        return result.map(r -> StateBadge.of(r.state())).orElse(StateBadge.NONE);
    }

    @Nullable
    private static String resolve(@Nullable URI base, @Nullable String url) {
        if (base == null || url == null || HtmlEscaper.safeUrl(url) == null) {
            return url;
        }
        try {
            return base.resolve(new URI(url.strip())).toString();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The log of this check for this patch, else the check's series log, else none. */
    @Nullable
    static String log(Run run, int patch, String check) {
        String series = null;
        for (LogLink l : run.logs()) {
            if (l.name().equals(check) && l.patch() == patch) {
                return l.url();
            }
            if (l.name().equals(check) && l.patch() == 0) {
                series = l.url();
            }
        }
        return series;
    }

    private static String stateRules() {
        StringBuilder rules = new StringBuilder();
        for (StateBadge b : StateBadge.values()) {
            rules.append(b.cssRule());
        }
        return rules.toString();
    }
}
