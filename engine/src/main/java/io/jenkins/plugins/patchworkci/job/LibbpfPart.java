package io.jenkins.plugins.patchworkci.job;

import io.jenkins.plugins.patchworkci.apply.AppliedSeries;
import io.jenkins.plugins.patchworkci.apply.ApplySeries;
import io.jenkins.plugins.patchworkci.apply.PatchToApply;
import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.job.TreeAccess;
import io.jenkins.plugins.patchworkci.mail.MailInfo;
import io.jenkins.plugins.patchworkci.report.SeriesCheckResult;
import io.jenkins.plugins.patchworkci.route.LibbpfSync;
import io.jenkins.plugins.patchworkci.route.Plan;
import io.jenkins.plugins.patchworkci.route.RoutingStep;
import io.jenkins.plugins.patchworkci.route.Tree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The libbpf part of a kernel series, applied to the GitHub libbpf repository with paths mapped
 * as libbpf's sync script maps them, so libbpf is tested with the change before the next sync.
 * Reported as the {@code libbpf_sync} check.
 */
public final class LibbpfPart {

    public static final String CHECK = "libbpf_sync";

    /** How its companion plan is labelled, and so recognised among the companions. */
    private static final String LABEL = "libbpf part of ";

    private LibbpfPart() {}

    /** The patches' libbpf parts, each with its paths mapped; patches with none are left out. */
    public static List<PatchToApply> map(List<PatchToApply> kernel) {
        List<PatchToApply> out = new ArrayList<>();
        for (PatchToApply p : kernel) {
            LibbpfSync.Result r = LibbpfSync.map(p.info().patch());
            if (r.diff().isPresent()) {
                MailInfo i = p.info();
                out.add(new PatchToApply(new MailInfo(i.author(), i.email(), i.subject(), i.date(), i.message(),
                        r.diff().get()), p.messageId()));
            }
        }
        return out;
    }

    /** The companion plan for the libbpf tree, when the series touches what libbpf carries. */
    public static Optional<Plan> plan(String subject, Tree libbpf, TreeAccess mirrors, List<PatchToApply> mapped) throws IOException {
        if (mapped.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Plan(LABEL + subject, Optional.of(libbpf), mirrors.tip(libbpf),
                List.of(new RoutingStep("libbpf", List.of(libbpf.name()),
                        mapped.size() + " patch(es) touch tools/lib/bpf or the UAPI headers libbpf carries; "
                                + "paths mapped as libbpf's sync-kernel.sh does", false)),
                List.of()));
    }

    /** Whether a companion plan is the libbpf part of its kernel series (not a posted libbpf series). */
    public static boolean isPlan(Plan companion) {
        return companion.label().startsWith(LABEL) && companion.tree().map(t -> t.name().equals("libbpf")).orElse(false);
    }

    /** Applies the mapped patches onto libbpf's tip in memory and says how it went. */
    public static SeriesCheckResult check(Plan plan, TreeAccess mirrors, List<PatchToApply> mapped) throws IOException {
        Tree libbpf = plan.tree().orElseThrow();
        if (plan.base().isEmpty()) {
            return new SeriesCheckResult(CHECK, CheckState.WARNING, "libbpf: branch " + libbpf.branch() + " not found", "");
        }
        AppliedSeries a = new ApplySeries(mirrors.repository(libbpf)).setTip(ObjectId.fromString(plan.base().get()))
                .setPatches(mapped).setThreeWay(true).call();
        if (a.applied()) {
            return new SeriesCheckResult(CHECK, CheckState.SUCCESS,
                    "the libbpf part applies to " + libbpf.name() + " (" + mapped.size() + " patch(es))", a.summary());
        }
        return new SeriesCheckResult(CHECK, CheckState.FAIL, "the libbpf part does not apply to " + libbpf.name()
                + ": " + a.failure().map(f -> f.summary()).orElse(a.summary()),
                a.failure().map(f -> f.details()).orElse(""));
    }
}
