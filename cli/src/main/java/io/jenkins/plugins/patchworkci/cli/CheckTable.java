package io.jenkins.plugins.patchworkci.cli;

import io.jenkins.plugins.patchworkci.check.CheckResult;
import java.io.PrintWriter;
import java.util.List;

/** The results of {@code pwci check}, one row per check and patch (patch 0: the whole series). */
final class CheckTable {

    private CheckTable() {}

    static void print(PrintWriter out, List<CheckResult> results) {
        int width = Math.max(5, results.stream().mapToInt(r -> r.check().length()).max().orElse(5));
        String fmt = "%-" + width + "s %-6s %-8s %s%n";
        out.printf(fmt, "CHECK", "PATCH", "STATE", "DESCRIPTION");
        for (CheckResult r : results) {
            out.printf(fmt, r.check(), r.patch() == 0 ? "series" : Integer.toString(r.patch()),
                    r.state().name().toLowerCase(java.util.Locale.ROOT), r.description());
        }
    }
}
