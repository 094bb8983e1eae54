package io.jenkins.plugins.patchworkci.scan;

import io.jenkins.plugins.patchworkci.job.SeriesFacts;
import io.jenkins.plugins.patchworkci.route.Companion;
import io.jenkins.plugins.patchworkci.route.CompanionFinder;
import io.jenkins.plugins.patchworkci.route.Plan;
import io.jenkins.plugins.patchworkci.route.PostedSeries;
import io.jenkins.plugins.patchworkci.route.Router;
import io.jenkins.plugins.patchworkci.route.TreeKind;
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
import org.jspecify.annotations.Nullable;

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
 *
 * <p>Companions: a version routed to a kernel tree gets the user-space series posted with it
 * ({@link CompanionFinder}, the same pairing {@code pwci run} uses: only on evidence, each user-space series
 * the companion of at most one kernel series), chosen among the newest complete, not closed version of each
 * other lineage. Its build applies the paired ones beside it, and its revision covers them; a possible
 * companion (same author, near in time, nothing else) is only named in its plan and keeps its own job. A user-space head whose newest version is
 * the companion of a kept kernel head's newest version is left out, saying which job builds it: that job
 * builds the pair, and a job of the user-space series alone would build it without the kernel change it
 * goes with (a new UAPI constant, a new netlink attribute) and report a failure that is not one.
 */
public final class HeadPlanner {

    private final Router router;
    private final ScanFilter filter;
    private final FinalStates finalStates;
    @Nullable
    private final CompanionFinder companions;

    /** A planner that pairs no companions. */
    public HeadPlanner(Router router, ScanFilter filter, FinalStates finalStates) {
        this(router, filter, finalStates, null);
    }

    /**
     * @param companions how companions are paired (from the routing configuration), or null for none
     */
    public HeadPlanner(Router router, ScanFilter filter, FinalStates finalStates,
            @Nullable CompanionFinder companions) {
        this.router = Objects.requireNonNull(router, "router");
        this.filter = Objects.requireNonNull(filter, "filter");
        this.finalStates = Objects.requireNonNull(finalStates, "finalStates");
        this.companions = companions;
    }

    public ScanResult plan(List<ScannedSeries> scanned, Instant now) {
        Map<SeriesId, ScannedSeries> byId = new LinkedHashMap<>();
        List<Skipped> skipped = new ArrayList<>();
        for (ScannedSeries s : scanned) {
            if (byId.putIfAbsent(s.series().id(), s) != null) {
                skipped.add(new Skipped(describe(s), "same Message-ID as Patchwork series "
                        + byId.get(s.series().id()).patchwork().id() + "; that one is used"));
            }
        }
        List<Series> all = byId.values().stream().map(ScannedSeries::series).toList();
        List<Lineage> lineages = new LineageLinker().link(all);
        Candidates candidates = companionCandidates(lineages, byId);
        List<LineageHead> heads = new ArrayList<>();
        for (Lineage lineage : lineages) {
            heads.addAll(heads(lineage, byId, candidates, skipped));
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
        return new ScanResult(withoutClaimedCompanions(kept, skipped), skipped);
    }

    /**
     * The series that may be a companion: of each lineage the newest version that is complete, has
     * patches and is not closed (an older version is superseded by the newer, so is never built).
     */
    private Candidates companionCandidates(List<Lineage> lineages, Map<SeriesId, ScannedSeries> byId) {
        Candidates out = new Candidates(new HashMap<>(), new ArrayList<>());
        if (companions == null) {
            return out;
        }
        for (Lineage lineage : lineages) {
            for (int i = lineage.versions().size() - 1; i >= 0; i--) {
                ScannedSeries s = byId.get(lineage.versions().get(i).id());
                if (s.patchwork().receivedAll() && !s.series().patches().isEmpty()) {
                    if (!finalStates.closes(s.patchStates())) {
                        PostedSeries p = SeriesFacts.posted(s.series());
                        out.byMessageId().put(p.id(), s);
                        out.posted().add(p);
                    }
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The companions of a version routed to a kernel tree, as {@link CompanionFinder} finds them: the
     * paired ones, and the plans of all of them (a possible companion is named in the plan, but it is
     * neither applied with the kernel series nor part of its revision, and it keeps its own job).
     */
    private Found companionsOf(Series kernel, Plan plan, Candidates candidates) {
        if (companions == null || plan.tree().map(t -> t.kind() != TreeKind.KERNEL).orElse(true)) {
            return new Found(List.of(), List.of());
        }
        List<ScannedCompanion> paired = new ArrayList<>();
        List<Plan> plans = new ArrayList<>();
        for (Companion c : companions.find(SeriesFacts.posted(kernel), candidates.posted())) {
            ScannedSeries s = candidates.byMessageId().get(c.series().id());
            Plan own = router.quick(SeriesFacts.routingInput(s.series()));
            Plan labelled = new Plan(c.label(), own.tree(), own.base(), own.steps(), List.of());
            plans.add(labelled);
            if (c.paired()) {
                paired.add(new ScannedCompanion(s, c.tree(), c.reason(), labelled));
            }
        }
        return new Found(paired, plans);
    }

    /** A version's companions: the paired ones (applied and built with it) and every companion's plan. */
    private record Found(List<ScannedCompanion> paired, List<Plan> plans) {}

    /** Leaves out user-space heads whose newest version a kept kernel head builds as its companion. */
    private static List<LineageHead> withoutClaimedCompanions(List<LineageHead> kept, List<Skipped> skipped) {
        Map<SeriesId, String> claimedBy = new HashMap<>();
        for (LineageHead h : kept) {
            for (ScannedCompanion c : h.newest().companions()) {
                claimedBy.putIfAbsent(c.scanned().series().id(), h.name() + " (" + c.reason() + ")");
            }
        }
        List<LineageHead> out = new ArrayList<>();
        for (LineageHead h : kept) {
            String by = claimedBy.get(h.newestSeries().id());
            if (by != null) {
                skipped.add(new Skipped(h.name().toString(), "companion of a kernel series: v"
                        + h.newest().revision().version() + " is applied and built with it in " + by));
            } else {
                out.add(h);
            }
        }
        return out;
    }

    private List<LineageHead> heads(Lineage lineage, Map<SeriesId, ScannedSeries> byId, Candidates candidates,
            List<Skipped> skipped) {
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
            Found found = companionsOf(s, plan, candidates);
            versions.add(new HeadVersion(RevisionId.of(s, found.paired().stream().map(c -> c.scanned().series()).toList()),
                    scanned, plan.withCompanions(found.plans()), found.paired()));
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

    /** The series that may be companions, as companion finding sees them (computed once per scan). */
    private record Candidates(Map<String, ScannedSeries> byMessageId, List<PostedSeries> posted) {}

    /** Routing stopped at the tag step: the subject names a tree that is not configured. */
    private static boolean notOurs(Plan plan) {
        return plan.steps().stream().anyMatch(s -> s.stop() && s.step().equals("tag") && s.remaining().isEmpty());
    }

    static String describe(ScannedSeries s) {
        return "Patchwork series " + s.patchwork().id() + " '" + s.series().subject() + "'";
    }
}
