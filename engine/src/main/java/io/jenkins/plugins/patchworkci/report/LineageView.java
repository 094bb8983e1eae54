package io.jenkins.plugins.patchworkci.report;

import io.jenkins.plugins.patchworkci.check.CheckState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * v1, v2, v3 of one series side by side: which patches are new, dropped, changed or unchanged
 * (unchanged by {@code git patch-id --stable}: the same diff, whatever the subject or the commit
 * message says), and how each check's state moved from one version to the next. The versions of
 * a series are the runs with the same author address and title, as the runs record them.
 */
final class LineageView {

    private static final String STYLE = ".pwci-lineage td,.pwci-lineage th{vertical-align:top}"
            + ".pwci-tag{display:inline-block;padding:0 6px;border-radius:3px;font-size:12px;font-weight:700;margin-right:4px}"
            + ".pwci-tag-new{background:#ddf4ff;color:#0550ae}.pwci-tag-dropped{background:#ffebe9;color:#a1141d}"
            + ".pwci-tag-changed{background:#fff1c2;color:#7a4d00}.pwci-tag-unchanged{background:#eceef2;color:#3d4450}"
            + ".pwci-moved{outline:2px solid #0969da;outline-offset:-2px}"
            + ".pwci-lineage td.pwci-cell{width:auto;padding:3px 8px}";

    private LineageView() {}

    /** The versions of one series share this key: the author's address and the title. */
    static String key(ReportedSeries s) {
        return s.author().email().toLowerCase(Locale.ROOT) + "\n" + s.title().strip();
    }

    /** The page's file name, beside the dashboard: a hash of the key, so nothing from mail names a file. */
    static String fileName(ReportedSeries s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key(s).getBytes(StandardCharsets.UTF_8));
            return "lineage-" + HexFormat.of().formatHex(digest, 0, 6) + ".html";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** One row of the patch table: a patch followed through the versions. */
    private static final class Row {
        final ReportedPatch[] at;

        Row(int versions) {
            at = new ReportedPatch[versions];
        }

        ReportedPatch last(int before) {
            for (int v = before - 1; v >= 0; v--) {
                if (at[v] != null) {
                    return at[v];
                }
            }
            return null;
        }
    }

    /** The page for the versions of one series, in version order (two or more). */
    static String page(List<Dashboard.Entry> versions) {
        ReportedSeries first = versions.get(0).run().series();
        Html html = Dashboard.head("Versions of " + first.title() + " \u2013 patchwork-ci", STYLE);
        html.open("h1").mail(first.title()).close("h1").newline();
        html.open("p", "class", "pwci-meta").text(versions.size() + " versions by ").mail(first.author().name())
                .text(" \u00B7 ").linkText("index.html", "every series").close("p").newline();

        html.element("h2", "Patches").newline();
        html.open("table", "class", "pwci-plain pwci-lineage").open("thead").open("tr");
        for (Dashboard.Entry e : versions) {
            html.open("th");
            html.linkText(e.folder() + "/index.html", "v" + e.run().series().version());
            html.close("th");
        }
        html.close("tr").close("thead").newline().open("tbody").newline();
        for (Row row : rows(versions)) {
            html.open("tr");
            for (int v = 0; v < versions.size(); v++) {
                html.open("td");
                ReportedPatch p = row.at[v];
                ReportedPatch before = row.last(v);
                if (p == null) {
                    if (before != null && v > 0 && row.at[v - 1] != null) {
                        html.element("span", "dropped", "class", "pwci-tag pwci-tag-dropped");
                    }
                } else {
                    String tag = v == 0 ? null : before == null ? "new"
                            : p.patchId() != null && p.patchId().equals(before.patchId()) ? "unchanged" : "changed";
                    if (tag != null) {
                        html.element("span", tag, "class", "pwci-tag pwci-tag-" + tag);
                    }
                    html.text(p.number() + "/" + versions.get(v).run().series().patches().size() + " ")
                            .mail(p.mail().subjectWithoutPrefix());
                }
                html.close("td");
            }
            html.close("tr").newline();
        }
        html.close("tbody").close("table").newline();
        html.element("p", "Unchanged: the same git patch-id as in the version before; changed: the same patch, "
                + "another diff; new: not in the version before; dropped: there, and gone.", "class", "pwci-meta");

        html.element("h2", "Checks").newline();
        LinkedHashSet<String> checks = new LinkedHashSet<>();
        versions.forEach(e -> checks.addAll(e.run().checks()));
        html.open("table", "class", "pwci-matrix pwci-lineage").open("thead").open("tr").element("th", "Check");
        for (Dashboard.Entry e : versions) {
            html.open("th");
            html.linkText(e.folder() + "/index.html", "v" + e.run().series().version());
            html.close("th");
        }
        html.close("tr").close("thead").newline().open("tbody").newline();
        overallRow(html, versions);
        for (String check : checks) {
            html.open("tr").element("th", check, "class", "pwci-dash-subject", "scope", "row");
            StateBadge previous = null;
            for (Dashboard.Entry e : versions) {
                StateBadge mark = Dashboard.worst(e.run(), check);
                cell(html, mark, previous);
                previous = mark;
            }
            html.close("tr").newline();
        }
        html.close("tbody").close("table").newline();
        html.element("p", "A framed mark moved since the version before; its tooltip says from what.", "class",
                "pwci-meta");
        CheckMatrix.legend(html);
        return html.close("main").close("body").close("html").newline().toString();
    }

    private static void overallRow(Html html, List<Dashboard.Entry> versions) {
        html.open("tr").element("th", "overall", "class", "pwci-dash-subject", "scope", "row");
        StateBadge previous = null;
        for (Dashboard.Entry e : versions) {
            CheckState state = e.run().state();
            StateBadge mark = StateBadge.of(state);
            cell(html, mark, previous);
            previous = mark;
        }
        html.close("tr").newline();
    }

    private static void cell(Html html, StateBadge mark, StateBadge previous) {
        boolean moved = previous != null && previous != mark;
        html.open("td", "class", "pwci-cell " + mark.cssClass() + (moved ? " pwci-moved" : ""),
                "title", moved ? previous.word() + " \u2192 " + mark.word() : mark.word())
                .text(mark.symbol() + " " + mark.word());
        if (moved) {
            html.element("small", " (was " + previous.word() + ")");
        }
        html.close("td");
    }

    /**
     * The patches of every version as rows: a patch joins the row of an earlier patch with the
     * same patch-id, else the row of the same subject, else starts a new row.
     */
    private static List<Row> rows(List<Dashboard.Entry> versions) {
        List<Row> rows = new ArrayList<>();
        for (int v = 0; v < versions.size(); v++) {
            for (ReportedPatch p : versions.get(v).run().series().patches()) {
                Row row = null;
                for (Row r : rows) {
                    ReportedPatch last = r.last(v);
                    if (r.at[v] == null && last != null && p.patchId() != null && p.patchId().equals(last.patchId())) {
                        row = r;
                        break;
                    }
                }
                if (row == null) {
                    for (Row r : rows) {
                        ReportedPatch last = r.last(v);
                        if (r.at[v] == null && last != null
                                && Objects.equals(last.mail().subjectWithoutPrefix(), p.mail().subjectWithoutPrefix())) {
                            row = r;
                            break;
                        }
                    }
                }
                if (row == null) {
                    row = new Row(versions.size());
                    rows.add(row);
                }
                row.at[v] = p;
            }
        }
        return rows;
    }
}
