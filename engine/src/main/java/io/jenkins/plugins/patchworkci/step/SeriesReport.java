package io.jenkins.plugins.patchworkci.step;

import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.mail.Patch;
import io.jenkins.plugins.patchworkci.patchwork.PatchRef;
import io.jenkins.plugins.patchworkci.report.ReportedMessage;
import io.jenkins.plugins.patchworkci.report.ReportedPatch;
import io.jenkins.plugins.patchworkci.report.ReportedSeries;
import io.jenkins.plugins.patchworkci.report.Run;
import io.jenkins.plugins.patchworkci.report.SeriesLinks;
import io.jenkins.plugins.patchworkci.report.Timings;
import io.jenkins.plugins.patchworkci.scan.HeadVersion;
import io.jenkins.plugins.patchworkci.series.Series;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A scanned version and the checks a build reported on it, as the report package's {@link Run}: what
 * the Jenkins build page renders with {@link io.jenkins.plugins.patchworkci.report.CheckMatrix}, so the
 * page shows the same patches-by-checks matrix as {@code pwci}'s HTML report, escaped by the same code.
 */
public final class SeriesReport {

    private SeriesReport() {}

    /**
     * @param runId a word naming the run (the Jenkins build: {@code net-next-3f2a9c0b1d4e-7})
     * @param version the version built
     * @param results the checks reported so far, per patch (1-based)
     * @param queued when the build was queued
     */
    public static Run of(String runId, HeadVersion version, List<CheckResult> results,
            Instant queued) {
        Series s = version.scanned().series();
        List<PatchRef> refs = version.scanned().patchwork().patches();
        List<ReportedPatch> patches = new ArrayList<>();
        for (int i = 0; i < s.patches().size(); i++) {
            Patch p = s.patches().get(i);
            String msgid = p.message().messageId();
            Optional<PatchRef> ref = refs.stream().filter(r -> r.messageId().equals(msgid)).findFirst();
            patches.add(new ReportedPatch(i + 1, new ReportedMessage(p.info().subject(), msgid, List.of()),
                    ref.map(PatchRef::id).orElse(null), ref.map(PatchRef::webUrl).orElse(null)));
        }
        ReportedSeries reported = new ReportedSeries(s.id().messageId(), s.subject(), version.revision().version(),
                s.author(), null, patches, new SeriesLinks(version.scanned().patchwork().webUrl(), null, List.of()));
        Set<String> checks = new LinkedHashSet<>();
        results.forEach(r -> checks.add(r.check()));
        return new Run(Run.SCHEMA_VERSION, runId.replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^[._-]", "r"),
                "", reported, version.plan(), List.copyOf(checks), null, results, List.of(), List.of(),
                new Timings(queued, null, null, List.of()));
    }
}
