package io.jenkins.plugins.patchworkci.cli;

import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.report.Run;
import io.jenkins.plugins.patchworkci.report.RunJson;
import io.jenkins.plugins.patchworkci.run.RunRecord;
import io.jenkins.plugins.patchworkci.run.RunStatus;
import io.jenkins.plugins.patchworkci.series.SeriesId;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The summary table of a poll: one row per series version, from the runs' JSON reports. */
final class RunTable {

    private RunTable() {}

    static Path reportDir(Path work, RunRecord r) {
        return work.resolve("out").resolve(new SeriesId(r.seriesId()).shortHash() + "-v" + r.version());
    }

    static void print(PrintWriter out, Path work, List<RunRecord> records) throws IOException {
        String fmt = "%-44s %-3s %-14s %-8s %-8s %s%n";
        out.printf(fmt, "SERIES", "VER", "TREE", "APPLY", "RESULT", "WHY");
        for (RunRecord r : records) {
            String subject = r.subject().length() > 44 ? r.subject().substring(0, 43) + "\u2026" : r.subject();
            if (r.status() != RunStatus.DONE) {
                // An error to be tried again says "retry"; its WHY names the attempt and when the next starts.
                String result = r.retrying() ? "retry" : r.status().name().toLowerCase();
                out.printf(fmt, subject, "v" + r.version(), "-", "-", result, r.outcome());
                continue;
            }
            Path json = reportDir(work, r).resolve("run.json");
            if (!Files.exists(json)) {
                out.printf(fmt, subject, "v" + r.version(), "?", "?", "?", "no report at " + json);
                continue;
            }
            Run run = RunJson.read(json);
            String apply = run.apply() == null ? "-" : run.apply().applied() ? "applied" : "failed";
            out.printf(fmt, subject, "v" + r.version(), run.tree().orElse("none"), apply,
                    run.state().apiName(), why(run));
        }
        out.flush();
    }

    /** The checks that did not pass, with the first one's description. */
    private static String why(Run run) {
        Set<String> bad = new LinkedHashSet<>();
        String first = null;
        for (CheckResult c : run.results()) {
            if (c.state() == CheckState.FAIL || c.state() == CheckState.WARNING) {
                bad.add(c.check());
                if (first == null) {
                    first = c.check() + ": " + c.description();
                }
            }
        }
        for (var c : run.seriesResults()) {
            if (c.state() == CheckState.FAIL || c.state() == CheckState.WARNING) {
                bad.add(c.check());
                if (first == null) {
                    first = c.check() + ": " + c.description();
                }
            }
        }
        if (bad.isEmpty()) {
            return "all checks passed";
        }
        String s = String.join(", ", bad) + " (" + first + ")";
        return s.length() > 110 ? s.substring(0, 109) + "\u2026" : s;
    }
}
