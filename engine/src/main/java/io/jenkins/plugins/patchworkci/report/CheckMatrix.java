package io.jenkins.plugins.patchworkci.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.patchworkci.check.CheckResult;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

/**
 * The patches-by-checks table of a run, as an HTML fragment that stands on its own: its style is
 * inline and scoped to {@code pwci-} classes, so a Jenkins build page can embed it as is, and the
 * full report page embeds the same fragment. Each cell shows the state as symbol, word and colour,
 * the description as its tooltip, and links to the check's log when there is one.
 */
public final class CheckMatrix {

    static final String STYLE = ".pwci-matrix{border-collapse:collapse;font:14px/1.35 system-ui,sans-serif}"
            + ".pwci-matrix th,.pwci-matrix td{border:1px solid #c9ced6;padding:4px 8px;text-align:left;vertical-align:top}"
            + ".pwci-matrix thead th{background:#f4f5f7;font-weight:600;white-space:nowrap}"
            + ".pwci-matrix td.pwci-cell{white-space:nowrap;font-weight:600}"
            + ".pwci-matrix td.pwci-cell a{color:inherit}"
            + ".pwci-matrix .pwci-subject{max-width:34em;overflow-wrap:anywhere}"
            + ".pwci-matrix .pwci-num{color:#555;white-space:nowrap}"
            + ".pwci-bidi{margin-left:4px;padding:0 3px;border:1px solid #a1141d;color:#a1141d;font-size:11px;font-weight:600}"
            + stateRules();

    private CheckMatrix() {}

    /** The fragment: a {@code <style>} and a {@code <table>}, its links relative to the run's page. */
    @NonNull
    public static String fragment(@NonNull Run run) {
        return "<style>" + STYLE + "</style>\n" + table(run, null);
    }

    /**
     * The fragment for a page elsewhere (a Jenkins build page): relative log links are resolved
     * against the run page's URL.
     */
    @NonNull
    public static String fragment(@NonNull Run run, @NonNull URI runPage) {
        return "<style>" + STYLE + "</style>\n" + table(run, runPage);
    }

    static String table(Run run, @CheckForNull URI base) {
        List<String> checks = run.checks();
        int total = run.series().patches().size();
        StringBuilder html = new StringBuilder(4096);
        html.append("<table class=\"pwci-matrix\">\n<thead><tr><th>Patch</th>");
        for (String check : checks) {
            html.append("<th>").append(HtmlEscaper.escape(check)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (ReportedPatch patch : run.series().patches()) {
            html.append("<tr id=\"patch-").append(patch.number()).append("\"><th class=\"pwci-subject\"><span class=\"pwci-num\">").append(patch.number()).append('/')
                    .append(total).append("</span> ");
            html.append(PageText.link(patch.patchworkUrl(), PageText.mail(patch.mail().subjectWithoutPrefix())));
            html.append("</th>");
            for (String check : checks) {
                html.append(cell(run, patch.number(), check, base));
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        return html.toString();
    }

    private static String cell(Run run, int patch, String check, @CheckForNull URI base) {
        Optional<CheckResult> result = run.result(patch, check);
        boolean notTried = run.notTried(patch, check);
        StateBadge badge = notTried ? StateBadge.NOT_TRIED
                : result.map(r -> StateBadge.of(r.state())).orElse(StateBadge.NONE);
        String label = badge.symbol() + " " + badge.word();
        String title = result.map(CheckResult::description).orElse(notTried
                ? "not tried: patch " + run.apply().failure().patch() + " did not apply" : "no result");
        return "<td class=\"pwci-cell " + badge.cssClass() + "\" title=\"" + HtmlEscaper.escape(title) + "\">"
                + PageText.link(resolve(base, log(run, patch, check)), HtmlEscaper.escape(label)) + "</td>";
    }

    @CheckForNull
    private static String resolve(@CheckForNull URI base, @CheckForNull String url) {
        if (base == null || url == null || HtmlEscaper.href(url) == null) {
            return url;
        }
        try {
            return base.resolve(new URI(url.strip())).toString();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The log of this check for this patch, else the check's series log, else none. */
    private static String log(Run run, int patch, String check) {
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
