package io.jenkins.plugins.patchworkci.series;

import io.jenkins.plugins.patchworkci.mail.Address;
import io.jenkins.plugins.patchworkci.mail.Message;
import io.jenkins.plugins.patchworkci.mail.Patch;
import io.jenkins.plugins.patchworkci.mail.SubjectPrefix;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a patch series: its cover letter and patches 1..N as found, what is missing, the
 * replies kept apart, and every oddity met on the way.
 *
 * @param id the cover letter's Message-ID, or the first patch's (or the pull request's)
 * @param version the series version ({@code vN}; 1 when absent)
 * @param total the number of patches the series announces (at least the highest number seen)
 * @param subject the cover letter's subject without prefixes, or the first patch's
 * @param prefix the subject prefix of the cover letter (else of the first patch, or the pull
 *     request): tree tag ({@code net-next}), RFC, RESEND, as the sender labelled the series
 * @param author the sender of the cover letter, or of the first patch
 * @param date the earliest date among its cover letter and patches
 * @param coverLetter the cover letter ({@code 0/N}), when there is one
 * @param patches the patches present, by number
 * @param missing the numbers 1..total with no patch
 * @param grouping how its messages were found to belong together
 * @param pullRequest the pull request, for {@code [GIT PULL]} series (or a cover letter that is one)
 * @param metadata change-id, base-commit and dependencies from the cover letter and patches
 * @param replies the replies under its cover letter and patches, oldest first
 * @param displaced copies not used: resent patches, conflicting numbers, extra cover letters
 * @param notes the oddities met, each naming its message
 * @param prefixWords the words of the cover letter's subject prefix, else the first patch's (none
 *     for a pull request without a cover letter): what routing and tree tags read
 * @param touchedPaths every path the patches' diffs touch, old and new names of renames, in
 *     order; read once, when the series is assembled
 */
public record Series(
        SeriesId id,
        int version,
        int total,
        String subject,
        SubjectPrefix prefix,
        Address author,
        Instant date,
        Optional<Message> coverLetter,
        List<Patch> patches,
        List<Integer> missing,
        Grouping grouping,
        Optional<PullRequest> pullRequest,
        SeriesMetadata metadata,
        List<Reply> replies,
        List<Message> displaced,
        List<Note> notes,
        List<String> prefixWords,
        Set<String> touchedPaths) {

    public Series {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(coverLetter, "coverLetter");
        patches = List.copyOf(patches);
        missing = List.copyOf(missing);
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(pullRequest, "pullRequest");
        Objects.requireNonNull(metadata, "metadata");
        replies = List.copyOf(replies);
        displaced = List.copyOf(displaced);
        notes = List.copyOf(notes);
        prefixWords = List.copyOf(prefixWords);
        touchedPaths = Collections.unmodifiableSet(new LinkedHashSet<>(touchedPaths)); // in diff order
    }

    /** Every patch 1..total is present. */
    public boolean complete() {
        return missing.isEmpty() && (!patches.isEmpty() || pullRequest.isPresent());
    }

    public boolean isPullRequest() {
        return pullRequest.isPresent();
    }

    /** The patch numbered {@code index}, when present. */
    public Optional<Patch> patch(int index) {
        return patches.stream().filter(p -> p.prefix().index() == index || (index == 1 && !p.prefix().hasCounter()))
                .findFirst();
    }

    /**
     * Review trailers for a patch, in b4's order: those from replies to the patch (and replies under
     * them), oldest reply first, then those from replies to the cover letter, which apply to every
     * patch. Mismatched senders are included and marked; {@link AmReadyMessage} leaves them out
     * unless asked.
     */
    public List<ReviewTrailer> reviewTrailers(Patch patch) {
        List<ReviewTrailer> out = new ArrayList<>(patchReviewTrailers(patch));
        out.addAll(coverReviewTrailers());
        return out;
    }

    /** Review trailers from replies to this patch and replies under them, oldest reply first. */
    public List<ReviewTrailer> patchReviewTrailers(Patch patch) {
        return trailersOfRepliesTo(patch.message().messageId());
    }

    /** Review trailers from replies to the cover letter: they apply to every patch. */
    public List<ReviewTrailer> coverReviewTrailers() {
        return coverLetter.map(c -> trailersOfRepliesTo(c.messageId())).orElse(List.of());
    }

    private List<ReviewTrailer> trailersOfRepliesTo(String messageId) {
        List<ReviewTrailer> out = new ArrayList<>();
        for (Reply r : replies) {
            if (r.countsFor().equals(messageId)) {
                out.addAll(r.trailers());
            }
        }
        return out;
    }
}
