package io.jenkins.plugins.patchworkci.apply;

import io.jenkins.plugins.patchworkci.mail.PatchId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.jspecify.annotations.Nullable;

/**
 * Applies a series onto a branch in the object database, without a work tree, one commit per
 * patch, the way {@code git am} would record them. Tiers, in order: the branch tip, then (if
 * enabled) a three-way apply onto the tip from the {@code index} blobs as {@code git am -3}, then
 * (if enabled) three-way from rebuilt preimages; only when none of these works, the series'
 * {@code base-commit:} when the repository has it ({@link AppliedSeries#needsRebase()}: the series
 * is stale, not broken). Plain application to the tip is always tried, so the result tells when
 * only another tier worked and why the tip did not.
 *
 * <pre>{@code
 * AppliedSeries r = new ApplySeries(repo).setTip(tip).setPatches(patches).setThreeWay(true).call();
 * }</pre>
 */
public final class ApplySeries {

    /** b4's default for {@code Link:} trailers. */
    public static final String DEFAULT_LINK_PATTERN = "https://patch.msgid.link/%s";

    private final Repository repo;
    private ObjectId tip;
    private String baseCommit;
    private List<PatchToApply> patches = List.of();
    private PersonIdent committer;
    private boolean signOff;
    private String linkPattern;
    private boolean threeWay;
    private boolean rebuildPreimage;
    private ApplyLimits limits = ApplyLimits.DEFAULT;
    private boolean refuseCaseCollisions = true;
    private List<String> prerequisitePatchIds = List.of();
    private List<PatchToApply> prerequisiteSeries = List.of();
    private int historyDepth = 1000;
    private Map<String, ObjectId> otherBranches = Map.of();
    private String updateRef;
    private boolean useGitCommand = true;
    private ObjectWrites objectWrites = ObjectWrites.REPOSITORY;
    private Clock clock = Clock.systemDefaultZone();

    public ApplySeries(Repository repo) {
        this.repo = Objects.requireNonNull(repo, "repo");
    }

    /** The tip of the target branch (a commit). Required. */
    public ApplySeries setTip(ObjectId tip) {
        this.tip = tip.copy();
        return this;
    }

    /** The series' {@code base-commit:} (full or abbreviated); ignored when not in the repository. */
    public ApplySeries setBaseCommit(@Nullable String baseCommit) {
        this.baseCommit = baseCommit;
        return this;
    }

    public ApplySeries setPatches(List<PatchToApply> patches) {
        this.patches = List.copyOf(patches);
        return this;
    }

    /** Committer name, email and date; defaults to the repository's user and now. */
    public ApplySeries setCommitter(@Nullable PersonIdent committer) {
        this.committer = committer;
        return this;
    }

    /**
     * The clock for "now": the author date of a mail without a date (as git am: the current time,
     * not the committer's date), and the committer's date when no committer is set.
     */
    public ApplySeries setClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** Append the committer's {@code Signed-off-by:} as {@code git am -s}. */
    public ApplySeries setSignOff(boolean signOff) {
        this.signOff = signOff;
        return this;
    }

    /** Add a {@code Link:} trailer from each patch's Message-ID; {@code %s} is the id; null for none. */
    public ApplySeries setLinkPattern(@Nullable String linkPattern) {
        this.linkPattern = linkPattern;
        return this;
    }

    /** Enable tier 3 (as {@code git am -3}). */
    public ApplySeries setThreeWay(boolean threeWay) {
        this.threeWay = threeWay;
        return this;
    }

    /** Enable tier 4 (three-way with preimages rebuilt from the hunks, as b4). */
    public ApplySeries setRebuildPreimage(boolean rebuildPreimage) {
        this.rebuildPreimage = rebuildPreimage;
        return this;
    }

    public ApplySeries setLimits(ApplyLimits limits) {
        this.limits = Objects.requireNonNull(limits);
        return this;
    }

    /** Refuse a new path that differs from an existing one only by case (default on). */
    public ApplySeries setRefuseCaseCollisions(boolean refuse) {
        this.refuseCaseCollisions = refuse;
        return this;
    }

    /** Patch-ids ({@code prerequisite-patch-id:}) the series needs in the branch. */
    public ApplySeries setPrerequisitePatchIds(List<String> ids) {
        this.prerequisitePatchIds = List.copyOf(ids);
        return this;
    }

    /** A series to apply first (the unmerged prerequisite, when the caller found it). */
    public ApplySeries setPrerequisiteSeries(List<PatchToApply> series) {
        this.prerequisiteSeries = List.copyOf(series);
        return this;
    }

    /** How many commits of the branch to search for prerequisites and already-applied patches. */
    public ApplySeries setHistoryDepth(int depth) {
        this.historyDepth = depth;
        return this;
    }

    /** Other branches to try when the series does not apply, for the failure report. */
    public ApplySeries setOtherBranches(Map<String, ObjectId> branches) {
        this.otherBranches = new LinkedHashMap<>(branches);
        return this;
    }

    /** Point this ref at the last commit when the series applied (created or forced). */
    public ApplySeries setUpdateRef(@Nullable String ref) {
        this.updateRef = ref;
        return this;
    }

    /**
     * Read the branch's patch-ids with the {@code git} command when installed (default), which
     * gives exactly git's patch-ids; JGit's diffs otherwise.
     */
    public ApplySeries setUseGitCommand(boolean use) {
        this.useGitCommand = use;
        return this;
    }

    /** Where the objects go; {@link ObjectWrites#REPOSITORY} unless a test injects a failing disk. */
    public ApplySeries setObjectWrites(ObjectWrites writes) {
        this.objectWrites = Objects.requireNonNull(writes, "writes");
        return this;
    }

    /**
     * Applies the series.
     *
     * @throws IOException when the repository cannot be read or written (a full disk): the message
     *     names the patch being written and the reason; the ref is not moved, so nothing a later run
     *     reads points at a partial series (objects already written are unreferenced, and harmless)
     */
    public AppliedSeries call() throws IOException {
        if (tip == null) {
            throw new IllegalStateException("no tip set");
        }
        if (patches.isEmpty()) {
            return new AppliedSeries(Optional.empty(), tip, tip, List.of(), Optional.of(ApplyFailure.ofSeries(
                    "the series has no patches")), Optional.empty(), List.of());
        }
        PersonIdent who = committer != null ? committer : new PersonIdent(new PersonIdent(repo), clock.instant());
        List<PatchToApply> all = new ArrayList<>(prerequisiteSeries);
        all.addAll(patches);
        int nPre = prerequisiteSeries.size();
        try (ObjectInserter ins = objectWrites.open(repo); ObjectReader reader = ins.newReader()) {
            SeriesApplier applier = new SeriesApplier(repo, reader, ins, limits, refuseCaseCollisions,
                    new CommitSettings(who, signOff, linkPattern, clock));
            BranchHistory history = new BranchHistory(repo, reader, tip, historyDepth, useGitCommand);
            List<String> unmerged = unmergedPrerequisites(history);

            // The maintainer's question is whether git am works on the branch now: the tip first,
            // as NIPA and the BPF CI apply; the base-commit only tells a stale series from a broken one.
            SeriesApplier.Outcome chosen = null;
            Tier tier = null;
            SeriesApplier.Outcome onTip = applier.apply(tip, all, nPre, null);
            if (onTip.applied()) {
                chosen = onTip;
                tier = Tier.BRANCH_TIP;
            }
            SeriesApplier.Outcome merged = null;
            if (chosen == null && threeWay) {
                merged = applier.apply(tip, all, nPre, new ThreeWayMerge(repo, reader, ins, applier.diffs(), false));
                if (merged.applied()) {
                    chosen = merged;
                    tier = Tier.THREE_WAY;
                }
            }
            if (chosen == null && rebuildPreimage) {
                merged = applier.apply(tip, all, nPre, new ThreeWayMerge(repo, reader, ins, applier.diffs(), true));
                if (merged.applied()) {
                    chosen = merged;
                    tier = Tier.THREE_WAY_REBUILT;
                }
            }
            ObjectId base = chosen == null ? resolveBaseCommit(reader) : null;
            if (base != null && !base.equals(tip)) {
                SeriesApplier.Outcome atBase = applier.apply(base, all, nPre, null);
                if (atBase.applied()) {
                    chosen = atBase;
                    tier = Tier.BASE_COMMIT;
                }
            }
            ins.flush();
            Optional<ApplyFailure> failure = Optional.empty();
            Optional<ApplyFailure> tipFailure = Optional.empty();
            List<AppliedCommit> commits = chosen != null ? chosen.commits() : onTip.commits();
            if (chosen == null) {
                ApplyFailure f = onTip.failure().orElseThrow();
                if (merged != null && merged.commits().size() > onTip.commits().size()) {
                    // The three-way tier got further, as git am -3 would: report where it stopped.
                    commits = merged.commits();
                    tipFailure = onTip.failure();
                    f = merged.failure().orElseThrow();
                } else if (merged != null && merged.failure().isPresent()) {
                    ApplyFailure m = merged.failure().get();
                    f = new ApplyFailure(f.patchIndex(), f.subject(), f.reason() + "; three-way: patch " + m.patchIndex()
                            + ": " + m.reason() + (m.where().path() != null ? " (" + m.where().path() + ")" : ""),
                            f.where(), f.alreadyInBranch(), f.appliesTo());
                }
                failure = Optional.of(diagnose(f, all, nPre, unmerged, history, applier));
            } else if (chosen != onTip) {
                tipFailure = onTip.failure();
            }
            AppliedSeries result = new AppliedSeries(Optional.ofNullable(tier), chosen != null ? chosen.base() : tip,
                    tip, commits, failure, tipFailure, unmerged);
            if (chosen != null && updateRef != null) {
                updateRef(result.head());
            }
            return result;
        }
    }

    private List<String> unmergedPrerequisites(BranchHistory history) throws IOException {
        if (prerequisitePatchIds.isEmpty()) {
            return List.of();
        }
        Set<String> supplied = new HashSet<>();
        for (PatchToApply p : prerequisiteSeries) {
            String id = PatchId.stable(p.info().patch()).orElse(null);
            if (id != null) {
                supplied.add(id);
            }
        }
        List<String> unmerged = new ArrayList<>();
        for (String id : prerequisitePatchIds) {
            if (!supplied.contains(id) && history.withPatchId(id).isEmpty()) {
                unmerged.add(id);
            }
        }
        return unmerged;
    }

    @Nullable
    private ObjectId resolveBaseCommit(ObjectReader reader) throws IOException {
        if (baseCommit == null || !AbbreviatedObjectId.isId(baseCommit.trim())) {
            return null;
        }
        Collection<ObjectId> ids = reader.resolve(AbbreviatedObjectId.fromString(baseCommit.trim()));
        if (ids.size() != 1) {
            return null;
        }
        ObjectId id = ids.iterator().next();
        return reader.has(id, Constants.OBJ_COMMIT) && reader.open(id).getType() == Constants.OBJ_COMMIT ? id : null;
    }

    private ApplyFailure diagnose(ApplyFailure f, List<PatchToApply> all, int nPre, List<String> unmerged,
            BranchHistory history, SeriesApplier applier) throws IOException {
        ApplyFailure out = f;
        if (!unmerged.isEmpty()) {
            out = new ApplyFailure(f.patchIndex(), f.subject(), "depends on unmerged patch "
                    + String.join(", ", unmerged) + " (not in the last " + historyDepth + " commits); " + f.reason(),
                    f.where(), f.alreadyInBranch(), f.appliesTo());
        }
        if (f.patchIndex() > 0) {
            PatchToApply p = all.get(f.patchIndex() - 1);
            String id = PatchId.stable(p.info().patch()).orElse(null);
            Optional<ObjectId> same = id == null ? Optional.empty() : history.withPatchId(id);
            if (same.isPresent()) {
                out = out.withAlreadyInBranch(Optional.of(
                        new ApplyFailure.AlreadyApplied(same.get().name(), ApplyFailure.AlreadyApplied.Match.PATCH_ID)));
            } else {
                Optional<ObjectId> bySubject = history.withSubject(p.info().subject());
                if (bySubject.isPresent()) {
                    out = out.withAlreadyInBranch(Optional.of(new ApplyFailure.AlreadyApplied(
                            bySubject.get().name(), ApplyFailure.AlreadyApplied.Match.SUBJECT)));
                }
            }
        }
        List<String> appliesTo = new ArrayList<>();
        for (Map.Entry<String, ObjectId> b : otherBranches.entrySet()) {
            if (applier.apply(b.getValue(), all, nPre, null).applied()) {
                appliesTo.add(b.getKey());
            }
        }
        return out.withAppliesTo(appliesTo);
    }

    /**
     * How old a ref's lock file must be to be taken for one a killed process left: git holds a ref
     * lock for the moment of one update (a fetch's whole transaction takes seconds at most).
     */
    static final Duration STALE_REF_LOCK = Duration.ofMinutes(2);

    private void updateRef(ObjectId head) throws IOException {
        RefUpdate.Result r = tryUpdateRef(head);
        if (r == RefUpdate.Result.LOCK_FAILURE && removeStaleLock()) {
            r = tryUpdateRef(head);
        }
        switch (r) {
            case NEW, FORCED, FAST_FORWARD, NO_CHANGE -> { }
            default -> throw new IOException("cannot update " + updateRef + ": " + r
                    + (r == RefUpdate.Result.LOCK_FAILURE ? " (" + updateRef + ".lock exists: another git is"
                    + " writing it, or one died; it is removed once older than " + STALE_REF_LOCK.toMinutes()
                    + " minutes)" : ""));
        }
    }

    private RefUpdate.Result tryUpdateRef(ObjectId head) throws IOException {
        RefUpdate u = repo.updateRef(updateRef);
        u.setNewObjectId(head);
        u.setForceUpdate(true);
        u.setRefLogMessage("pwci: apply series", false);
        return u.update();
    }

    /**
     * Removes the ref's lock file when a killed process left it (older than {@link #STALE_REF_LOCK}):
     * otherwise a kill at the wrong moment would fail every later run of this series.
     */
    private boolean removeStaleLock() throws IOException {
        Path lock = repo.getDirectory().toPath().resolve(updateRef + ".lock");
        if (!Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Instant modified = Files.getLastModifiedTime(lock).toInstant();
        if (modified.isAfter(Instant.now().minus(STALE_REF_LOCK))) {
            return false;
        }
        return Files.deleteIfExists(lock);
    }
}
