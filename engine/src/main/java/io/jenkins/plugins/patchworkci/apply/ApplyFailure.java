package io.jenkins.plugins.patchworkci.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Why a series did not apply: which patch, which file, which hunk, what the hunk expected and
 * what the file holds there instead, plus the diagnosis {@link ApplySeries} adds (already in the
 * branch? applies elsewhere?). Machine-readable; {@link #summary()} is the short human text.
 *
 * @param patchIndex 1-based index of the patch in the series (0 for a series-level failure)
 * @param subject the patch's subject
 * @param reason what went wrong, in git's words where git has them
 * @param where the file and hunk, when the failure is about one
 * @param alreadyInBranch a commit of the branch that already carries this patch, when found
 * @param appliesTo the other branches (given by the caller) where the series does apply
 */
public record ApplyFailure(
        int patchIndex,
        String subject,
        String reason,
        Where where,
        Optional<AlreadyApplied> alreadyInBranch,
        List<String> appliesTo) {

    public ApplyFailure {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(alreadyInBranch, "alreadyInBranch");
        appliesTo = List.copyOf(appliesTo);
    }

    static ApplyFailure of(int patchIndex, String subject, PatchRejected e) {
        return new ApplyFailure(patchIndex, subject, e.getMessage(), e.where(), Optional.empty(), List.of());
    }

    static ApplyFailure ofSeries(String reason) {
        return new ApplyFailure(0, "", reason, Where.NOWHERE, Optional.empty(), List.of());
    }

    ApplyFailure withAlreadyInBranch(Optional<AlreadyApplied> found) {
        return new ApplyFailure(patchIndex, subject, reason, where, found, appliesTo);
    }

    ApplyFailure withAppliesTo(List<String> branches) {
        return new ApplyFailure(patchIndex, subject, reason, where, alreadyInBranch, branches);
    }

    /** One or a few lines: patch, file, hunk, reason, then the diagnosis. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        if (patchIndex > 0) {
            s.append("patch ").append(patchIndex).append(" \"").append(subject).append("\": ");
        }
        s.append(reason);
        if (where.path() != null) {
            s.append(" (").append(where.path());
            if (where.hunk() != null) {
                s.append(", hunk ").append(where.hunk());
            }
            s.append(')');
        }
        alreadyInBranch.ifPresent(a -> s.append("; already in the branch as ").append(a.commit(), 0, 12)
                .append(" (same ").append(a.match() == AlreadyApplied.Match.PATCH_ID ? "patch-id" : "subject")
                .append(')'));
        if (!appliesTo.isEmpty()) {
            s.append("; applies to ").append(String.join(", ", appliesTo));
        }
        return s.toString();
    }

    /** The longer report: the summary, then expected and found lines of the failing hunk. */
    public String details() {
        List<String> out = new ArrayList<>();
        out.add(summary());
        if (!where.expected().isEmpty()) {
            out.add("expected at line " + where.line() + ":");
            where.expected().forEach(l -> out.add("  |" + l));
            out.add("found instead:");
            where.found().forEach(l -> out.add("  |" + l));
        }
        return String.join("\n", out);
    }

    /**
     * The place of a failure inside a patch.
     *
     * @param path the file (the new name for renames), or null
     * @param hunk the hunk header ({@code @@ -a,b +c,d @@}), or null
     * @param line the line (1-based) where git looked for the hunk first, 0 when not about a hunk
     * @param expected the lines the hunk expected there (its preimage), without line ends
     * @param found what the file holds there instead (as many lines), without line ends
     */
    public record Where(
            @Nullable String path, @Nullable String hunk, int line, List<String> expected, List<String> found) {

        static final Where NOWHERE = new Where(null, null, 0, List.of(), List.of());

        public Where {
            expected = List.copyOf(expected);
            found = List.copyOf(found);
        }
    }

    /**
     * A commit of the branch that already carries the patch.
     *
     * @param commit the commit id
     * @param match how it was recognised
     */
    public record AlreadyApplied(String commit, Match match) {
        public enum Match { PATCH_ID, SUBJECT }
    }
}
