package io.jenkins.plugins.patchworkci.step;

import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.report.ReportedPatch;
import io.jenkins.plugins.patchworkci.report.Run;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The plain-text mail {@code patchworkNotify} sends about a build: a subject line and a body with the
 * series, where it went and why, and every check per patch. Plain text, so nothing needs escaping, but
 * text from mail is made one line wherever it goes into a header or a line of its own (a subject with
 * CR/LF must not start new headers or fake lines).
 */
public final class NotifyText {

    private NotifyText() {}

    /** {@code [patchwork-ci] fail: v2 net: core: add b() (net-next)}. */
    public static String subject(Run run, String outcome) {
        return oneLine("[patchwork-ci] " + outcome + ": v" + run.series().version() + " " + run.series().title()
                + run.tree().map(t -> " (" + t + ")").orElse(""));
    }

    public static String body(Run run, @Nullable String buildUrl) {
        StringBuilder b = new StringBuilder();
        b.append("Series:  v").append(run.series().version()).append(' ').append(oneLine(run.series().title())).append('\n');
        b.append("From:    ").append(oneLine(run.series().author().name())).append(" <")
                .append(oneLine(run.series().author().email())).append(">\n");
        if (run.series().links().patchwork() != null) {
            b.append("Patchwork: ").append(oneLine(run.series().links().patchwork())).append('\n');
        }
        if (buildUrl != null) {
            b.append("Build:   ").append(oneLine(buildUrl)).append('\n');
        }
        b.append("Plan:    ").append(oneLine(run.plan().summary())).append("\n\n");
        for (ReportedPatch p : run.series().patches()) {
            b.append('[').append(p.number()).append('/').append(run.series().patches().size()).append("] ")
                    .append(oneLine(p.mail().subject())).append('\n');
            for (String check : run.checks()) {
                Optional<CheckResult> r = run.result(p.number(), check);
                r.ifPresent(c -> b.append("    ").append(String.format("%-8s", c.state().name().toLowerCase(java.util.Locale.ROOT)))
                        .append(' ').append(check).append(c.description().isEmpty() ? "" : ": " + oneLine(c.description()))
                        .append('\n'));
            }
        }
        return b.toString();
    }

    static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ").strip();
    }
}
