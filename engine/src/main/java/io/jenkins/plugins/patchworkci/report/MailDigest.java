package io.jenkins.plugins.patchworkci.report;

import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.CheckState;
import java.net.URI;
import java.util.Locale;

/**
 * The plain-text body of a report mail: one digest per series version, the overall state, the
 * apply result, each patch's checks in a column, and the link to the full page. Written so that
 * no line starts with a token and a colon, then passed through {@link TrailerGuard} anyway,
 * because subjects and descriptions from tools and mail are not ours to trust.
 */
public final class MailDigest {

    private MailDigest() {}

    public static String body(Run run, URI publicBaseUrl) {
        ReportedSeries s = run.series();
        StringBuilder text = new StringBuilder(2048);
        text.append("Hello,\n\n");
        text.append("patchwork-ci tested v").append(s.version()).append(" of this series (")
                .append(s.patches().size()).append(s.patches().size() == 1 ? " patch" : " patches").append(')')
                .append(run.tree().map(t -> " on " + t).orElse(" without choosing a tree"));
        run.plan().base().ifPresent(b -> text.append(" at ").append(b, 0, Math.min(12, b.length())));
        text.append(".\nOverall the result is ").append(run.state().apiName().toUpperCase(Locale.ROOT)).append(".\n\n");

        ApplyResult apply = run.apply();
        if (apply != null && !apply.applied()) {
            ReportedApplyFailure f = apply.failure();
            text.append("The series did not apply (tried ").append(String.join(", ", apply.tried())).append("):\n")
                    .append("  ").append(HeaderText.oneLine(f.summary())).append('\n');
            text.append(indent(f.expected(), "  expected | ")).append(indent(f.actual(), "  tree has | ")).append('\n');
        } else if (apply != null) {
            text.append("The series applied with ").append(apply.tier()).append(".\n\n");
        }

        int width = run.checks().stream().mapToInt(String::length).max().orElse(0);
        if (!run.seriesResults().isEmpty()) {
            text.append("On the whole series:\n");
            for (SeriesCheckResult r : run.seriesResults()) {
                line(text, width, r.check(), r.state(), r.description());
            }
            text.append('\n');
        }
        if (apply != null && !apply.applied()) {
            text.append("No other check ran: the series did not apply.\n");
        } else {
            text.append("Patch by patch:\n");
            for (ReportedPatch patch : s.patches()) {
                text.append("  ").append(patch.number()).append('/').append(s.patches().size()).append(' ')
                        .append(HeaderText.oneLine(patch.mail().subjectWithoutPrefix())).append('\n');
                int passed = 0;
                int total = 0;
                for (CheckResult r : run.results()) {
                    if (r.patch() != patch.number()) {
                        continue;
                    }
                    total++;
                    if (r.state() == CheckState.SUCCESS) {
                        passed++;
                    } else {
                        line(text, width, r.check(), r.state(), r.description());
                    }
                }
                if (total == 0) {
                    text.append("      no per-patch results\n");
                } else if (passed == total) {
                    text.append("      all ").append(total).append(total == 1 ? " check" : " checks").append(" passed\n");
                } else if (passed > 0) {
                    text.append("      ").append(passed).append(" other").append(passed == 1 ? " check" : " checks")
                            .append(" passed\n");
                }
            }
        }
        text.append("\nThe full report, with logs and details, is at\n  ")
                .append(publicBaseUrl.resolve(run.path())).append("\n\n");
        text.append("-- \nThis is an automated message from patchwork-ci, sent once per version of a series.\n");
        return TrailerGuard.neutralise(text.toString());
    }

    private static void line(StringBuilder text, int width, String check, CheckState state, String description) {
        StateBadge badge = StateBadge.of(state);
        String row = "      " + pad(check, width) + "  " + pad(badge.word(), 8)
                + (state == CheckState.SUCCESS || description.isEmpty() ? "" : "  " + description);
        text.append(row.stripTrailing()).append('\n');
    }

    private static String indent(String lines, String prefix) {
        StringBuilder out = new StringBuilder();
        for (String line : lines.split("\n", -1)) {
            if (!line.isEmpty()) {
                out.append(prefix).append(printable(line)).append('\n');
            }
        }
        return out.toString();
    }

    /** A diff line as is, tabs and leading blanks kept, other controls (CR, escapes) as spaces. */
    private static String printable(String line) {
        StringBuilder out = new StringBuilder(line.length());
        line.codePoints().forEach(cp -> out.appendCodePoint(cp != '\t' && Character.isISOControl(cp) ? ' ' : cp));
        return out.toString();
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
