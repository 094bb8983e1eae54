package io.jenkins.plugins.patchworkci.scan;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.patchworkci.route.Plan;
import io.jenkins.plugins.patchworkci.route.Router;
import io.jenkins.plugins.patchworkci.run.SeriesFacts;
import io.jenkins.plugins.patchworkci.series.Lineage;
import io.jenkins.plugins.patchworkci.series.LineageLinker;
import io.jenkins.plugins.patchworkci.series.Series;
import io.jenkins.plugins.patchworkci.series.SeriesId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns scanned series into heads, without I/O: links versions into lineages
 * ({@link LineageLinker}, over every series read, filtered or not, so a head's name does not depend on
 * the filters), routes each version quickly ({@link Router#quick}), groups a lineage's versions by
 * target tree into heads, then drops closed heads ({@link FinalStates}) and filtered ones
 * ({@link ScanFilter}), saying why.
 *
 * <p>A version still missing patches is linked but not put on a head: its head keeps the version
 * before until it is complete. A version whose subject tag names no configured tree
 * ({@code [PATCH wireless-next]} on netdev) is not ours to test and is left out.
 */
public final class HeadPlanner {

    private final Router router;
    private final ScanFilter filter;
    private final FinalStates finalStates;

    public HeadPlanner(@NonNull Router router, @NonNull ScanFilter filter, @NonNull FinalStates finalStates) {
        this.router = Objects.requireNonNull(router, "router");
        this.filter = Objects.requireNonNull(filter, "filter");
        this.finalStates = Objects.requireNonNull(finalStates, "finalStates");
    }

    @NonNull
    public ScanResult plan(@NonNull List<ScannedSeries> scanned, @NonNull Instant now) {
        Map<SeriesId, ScannedSeries> byId = new LinkedHashMap<>();
        List<Skipped> skipped = new ArrayList<>();
        for (ScannedSeries s : scanned) {
            if (byId.putIfAbsent(s.series().id(), s) != null) {
                skipped.add(new Skipped(describe(s), "same Message-ID as Patchwork series "
                        + byId.get(s.series().id()).patchwork().id() + "; that one is used"));
            }
        }
        List<Series> all = byId.values().stream().map(ScannedSeries::series).toList();
        List<LineageHead> heads = new ArrayList<>();
        for (Lineage lineage : new LineageLinker().link(all)) {
            heads.addAll(heads(lineage, byId, skipped));
        }
        List<LineageHead> kept = new ArrayList<>();
        for (LineageHead h : heads) {
            ScannedSeries newest = h.newest().scanned();
            List<String> states = newest.patchStates();
            if (finalStates.closes(states)) {
                skipped.add(new Skipped(h.name().toString(), "closed: every patch of v" + h.newest().revision().version()
                        + " is in a final state " + states));
                continue;
            }
            Optional<String> why = filter.rejects(newest, now);
            if (why.isPresent()) {
                skipped.add(new Skipped(h.name().toString(), "filtered out: " + why.get()));
                continue;
            }
            kept.add(h);
        }
        return new ScanResult(kept, skipped);
    }

    private List<LineageHead> heads(Lineage lineage, Map<SeriesId, ScannedSeries> byId, List<Skipped> skipped) {
        // versions in lineage order, each with its head name; incomplete and foreign versions left out
        List<HeadName> names = new ArrayList<>();
        List<HeadVersion> versions = new ArrayList<>();
        for (Series s : lineage.versions()) {
            ScannedSeries scanned = byId.get(s.id());
            if (!scanned.patchwork().receivedAll()) {
                skipped.add(new Skipped(describe(scanned), "waiting for patches (" + scanned.patchwork().receivedTotal()
                        + " of " + scanned.patchwork().total() + " received)"));
                continue;
            }
            if (s.patches().isEmpty()) {
                skipped.add(new Skipped(describe(scanned), "no patch could be read from its mail"));
                continue;
            }
            Plan plan = router.quick(SeriesFacts.routingInput(s));
            if (plan.tree().isEmpty() && notOurs(plan)) {
                skipped.add(new Skipped(describe(scanned), "not for a configured tree: " + plan.summary()));
                continue;
            }
            names.add(HeadName.of(lineage.id(), plan.tree().map(t -> t.name()).orElse(null)));
            versions.add(new HeadVersion(RevisionId.of(s), scanned, plan));
        }
        Map<HeadName, List<HeadVersion>> grouped = new LinkedHashMap<>();
        Map<HeadName, HeadName> movedFrom = new HashMap<>();
        Map<HeadName, HeadName> movedTo = new HashMap<>();
        for (int i = 0; i < versions.size(); i++) {
            HeadName name = names.get(i);
            grouped.computeIfAbsent(name, k -> new ArrayList<>()).add(versions.get(i));
            if (i > 0 && !names.get(i - 1).equals(name)) {
                movedFrom.put(name, names.get(i - 1));
                movedTo.put(names.get(i - 1), name);
            }
        }
        List<LineageHead> out = new ArrayList<>();
        grouped.forEach((name, vs) -> out.add(new LineageHead(name, lineage.id(), vs,
                Optional.ofNullable(movedFrom.get(name)), Optional.ofNullable(movedTo.get(name)))));
        return out;
    }

    /** Routing stopped at the tag step: the subject names a tree that is not configured. */
    private static boolean notOurs(Plan plan) {
        return plan.steps().stream().anyMatch(s -> s.stop() && s.step().equals("tag") && s.remaining().isEmpty());
    }

    static String describe(ScannedSeries s) {
        return "Patchwork series " + s.patchwork().id() + " '" + s.series().subject() + "'";
    }
}
