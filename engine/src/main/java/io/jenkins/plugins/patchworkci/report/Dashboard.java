package io.jenkins.plugins.patchworkci.report;

import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.CheckState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The home page of a report folder: every series run found there, newest first, with version,
 * author, tree, age and one state mark per check, filterable by state and tree without a server
 * or a script (radio buttons and CSS), each row linking to its page; and for a series seen in
 * more than one version, a {@link LineageView} page. Made again from the {@code run.json} files
 * on disk after every run, so it is right after restarts and retries: a retried run rewrote its
 * own folder, and appears once, with its final state.
 */
public final class Dashboard {

    static final String STYLE = ".pwci-filters{margin:8px 0 10px;font-size:14px}"
            + ".pwci-filters input{position:absolute;opacity:0;width:1px;height:1px}"
            + ".pwci-filters label{display:inline-block;padding:2px 10px;margin:0 4px 4px 0;border:1px solid #c9ced6;"
            + "border-radius:12px;cursor:pointer;background:#fff}"
            + ".pwci-filters input:checked+label{background:#1f2328;color:#fff;border-color:#1f2328}"
            + ".pwci-filters input:focus-visible+label{outline:2px solid #0969da}"
            + ".pwci-filter-name{font-weight:600;margin-right:6px}.pwci-break{display:block}"
            + ".pwci-dash-subject{text-align:left;font-weight:400}.pwci-dash td.pwci-age{white-space:nowrap}"
            + ".pwci-dash td.pwci-small{white-space:nowrap;color:#4b5361;width:1%}.pwci-dash td.pwci-age{width:1%}"
            + ".pwci-dash td.pwci-cell{width:24px}";

    private Dashboard() {}

    /** One run found on disk, and the folder (below the report folder) its page is in. */
    record Entry(Run run, String folder) {
        Instant when() {
            return run.timings().finished() != null ? run.timings().finished() : run.timings().queued();
        }

        String lineageKey() {
            return LineageView.key(run.series());
        }
    }

    /**
     * Rewrites {@code <out>/index.html} and the lineage pages from every {@code <out>/*&#47;run.json}.
     * One writer at a time in this process: two runs finishing together each see the other's file.
     */
    public static synchronized void write(Path out, Clock clock) throws IOException {
        List<Entry> entries = read(out);
        Instant now = clock.instant();
        AtomicFile.write(out.resolve("index.html"), page(entries, now).getBytes(StandardCharsets.UTF_8));
        for (List<Entry> versions : lineages(entries).values()) {
            if (versions.size() > 1) {
                AtomicFile.write(out.resolve(LineageView.fileName(versions.get(0).run().series())),
                        LineageView.page(versions).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** The runs under {@code out}, newest first; a folder whose run.json cannot be read is left out. */
    static List<Entry> read(Path out) throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(out)) {
            return entries;
        }
        try (Stream<Path> dirs = Files.list(out)) {
            for (Path dir : dirs.sorted().toList()) {
                Path json = dir.resolve("run.json");
                if (Files.isRegularFile(json)) {
                    try {
                        entries.add(new Entry(RunJson.read(json), dir.getFileName().toString()));
                    } catch (IOException e) {
                        // a half-written or foreign file: the run's own page still says what it can
                    }
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::when).reversed().thenComparing(Entry::folder));
        return entries;
    }

    /** The runs grouped by lineage, each group in version order. */
    static Map<String, List<Entry>> lineages(List<Entry> entries) {
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        for (Entry e : entries) {
            groups.computeIfAbsent(e.lineageKey(), k -> new ArrayList<>()).add(e);
        }
        groups.values().forEach(g -> g.sort(Comparator.comparingInt((Entry e) -> e.run().series().version())
                .thenComparing(Entry::when)));
        return groups;
    }

    static String page(List<Entry> entries, Instant now) {
        List<String> checks = new ArrayList<>(entries.stream().flatMap(e -> e.run().checks().stream())
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
        List<String> trees = entries.stream().map(e -> e.run().tree().orElse("none")).distinct().sorted().toList();
        Map<String, List<Entry>> lineages = lineages(entries);
        Html html = head("patchwork-ci: every series", filterRules(trees));
        html.element("h1", "Every series").newline();
        html.element("p", entries.size() + (entries.size() == 1 ? " run" : " runs") + ", newest first; made "
                + HtmlReport.when(now) + ".", "class", "pwci-meta").newline();
        html.open("div", "class", "pwci-filters").newline();
        filter(html, "state", "Show", List.of("all", "fail", "warning", "pending", "success"), List.of("all", "fail",
                "warning", "pending", "success"));
        html.open("span", "class", "pwci-break").close("span");
        List<String> ids = new ArrayList<>(List.of("all"));
        List<String> labels = new ArrayList<>(List.of("all"));
        for (int i = 0; i < trees.size(); i++) {
            ids.add(String.valueOf(i));
            labels.add(trees.get(i));
        }
        filter(html, "tree", "Tree", ids, labels);
        html.newline().open("table", "class", "pwci-matrix pwci-dash").newline().open("thead").open("tr")
                .element("th", "State").element("th", "Series").element("th", "v").element("th", "Author")
                .element("th", "Tree").element("th", "Age");
        for (String check : checks) {
            html.open("th", "class", "pwci-check", "scope", "col", "title", check).element("span", check).close("th");
        }
        html.close("tr").close("thead").newline().open("tbody").newline();
        for (Entry e : entries) {
            Run run = e.run();
            StateBadge overall = StateBadge.of(run.state());
            String tree = run.tree().orElse("none");
            html.open("tr", "class", "st-" + run.state().apiName() + " tr-" + trees.indexOf(tree))
                    .open("td", "class", "pwci-cell " + overall.cssClass(), "title", overall.word())
                    .text(overall.symbol()).element("span", " " + overall.word(), "class", "pwci-word").close("td")
                    .open("th", "class", "pwci-dash-subject", "scope", "row");
            boolean linked = html.link(e.folder() + "/index.html");
            html.mail(run.series().title()).endLink(linked);
            if (run.apply() != null && run.apply().needsRebase()) {
                html.text(" ").element("small", "needs a rebase", "class", "pwci-badge pwci-warning");
            }
            if (lineages.get(e.lineageKey()).size() > 1) {
                html.text(" ").open("small");
                html.linkText(LineageView.fileName(run.series()), "versions");
                html.close("small");
            }
            html.close("th").element("td", "v" + run.series().version(), "class", "pwci-small")
                    .open("td", "class", "pwci-small").mail(run.series().author().name()).close("td")
                    .element("td", tree, "class", "pwci-small")
                    .element("td", age(Duration.between(e.when(), now)), "class", "pwci-age",
                            "title", HtmlReport.when(e.when()));
            for (String check : checks) {
                StateBadge mark = worst(run, check);
                html.open("td", "class", "pwci-cell " + mark.cssClass(), "title", check + ": " + mark.word())
                        .text(mark.symbol()).element("span", " " + mark.word(), "class", "pwci-word").close("td");
            }
            html.close("tr").newline();
        }
        html.close("tbody").close("table").newline().close("div").newline();
        CheckMatrix.legend(html);
        return html.close("main").close("body").close("html").newline().toString();
    }

    /** A page's start: the same policy as a run's page (no script), its own title and style. */
    static Html head(String title, String extraStyle) {
        return HtmlReport.pageStart(title, HtmlReport.PAGE_STYLE + CheckMatrix.STYLE + STYLE + extraStyle);
    }

    /** One group of radio buttons; their CSS (filterRules) hides the rows that do not match. */
    private static void filter(Html html, String group, String name, List<String> ids, List<String> labels) {
        html.element("span", name, "class", "pwci-filter-name");
        for (int i = 0; i < ids.size(); i++) {
            String id = "f-" + group + "-" + ids.get(i);
            html.open("input", "type", "radio", "name", group, "id", id, "checked", i == 0 ? "" : null)
                    .element("label", labels.get(i), "for", id);
        }
    }

    /**
     * Filtering without a script: a checked radio button hides, through the general sibling
     * selector, every row whose class does not match. The selectors hold only fixed words and
     * tree numbers, never a name from configuration or mail.
     */
    private static String filterRules(List<String> trees) {
        StringBuilder css = new StringBuilder();
        for (String state : List.of("fail", "warning", "pending", "success")) {
            css.append("#f-state-").append(state).append(":checked~table tbody tr:not(.st-").append(state)
                    .append("){display:none}");
        }
        for (int i = 0; i < trees.size(); i++) {
            css.append("#f-tree-").append(i).append(":checked~table tbody tr:not(.tr-").append(i).append("){display:none}");
        }
        return css.toString();
    }

    /** The worst verdict of a check on any patch of the run; "not run" when it gave none. */
    static StateBadge worst(Run run, String check) {
        CheckState worst = null;
        boolean notTried = false;
        for (ReportedPatch p : run.series().patches()) {
            Optional<CheckResult> r = run.result(p.number(), check);
            if (run.notTried(p.number(), check)) {
                notTried = true;
            } else if (r.isPresent()) {
                worst = worst == null ? r.get().state() : CheckState.worst(worst, r.get().state());
            }
        }
        return worst != null ? StateBadge.of(worst) : notTried ? StateBadge.NOT_TRIED : StateBadge.NONE;
    }

    static String age(Duration d) {
        long m = Math.max(0, d.toMinutes());
        if (m < 60) {
            return m + " min";
        }
        return m < 48 * 60 ? (m / 60) + " h" : (m / (24 * 60)) + " d";
    }
}
