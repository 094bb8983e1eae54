package io.jenkins.plugins.patchworkci.series;

import io.jenkins.plugins.patchworkci.mail.Patch;
import io.jenkins.plugins.patchworkci.mail.Trailer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The commit message {@code b4 am} would apply for a patch of a series: the patch's own message
 * and trailers, then the review trailers collected from replies (to the patch and its sub-thread,
 * oldest first, then to the cover letter), then an optional {@code Link:} to the patch on a public
 * archive.
 *
 * <p>Deduplication and order follow b4's {@code LoreMessage.fix_trailers} with its default
 * {@code trailer-order} ({@code *}): the existing trailers stay as they are, including the
 * submitter's {@code Signed-off-by}; new ones are appended after them in the order collected; a
 * trailer equal to one already present (same token ignoring case, same value ignoring case;
 * {@code Link:}s compared by the Message-ID in them) is not added again. Trailers whose person is
 * not the reply's sender are left out unless {@link #setIncludeMismatched(boolean) asked for} (b4's
 * {@code --sloppy-trailers}).
 *
 * <pre>{@code
 * String msg = new AmReadyMessage().setLinkPattern(AmReadyMessage.DEFAULT_LINK_PATTERN).commitMessage(series, patch);
 * }</pre>
 */
public final class AmReadyMessage {

    /** netdev's and b4's {@code Link:} target: {@code https://patch.msgid.link/<msgid>}. */
    public static final String DEFAULT_LINK_PATTERN = "https://patch.msgid.link/%s";

    private boolean includeMismatched;
    @Nullable
    private String linkPattern;
    private List<Series> earlierVersions = List.of();

    /** Whether to apply trailers whose person is not the reply's sender. Default: no. */
    public AmReadyMessage setIncludeMismatched(boolean include) {
        this.includeMismatched = include;
        return this;
    }

    /**
     * Adds {@code Link: <pattern with %s replaced by the Message-ID>} to each commit message, as
     * {@code b4 am -l} and netdev maintainers do. Null (the default) adds none.
     */
    public AmReadyMessage setLinkPattern(@Nullable String pattern) {
        if (pattern != null && !pattern.contains("%s")) {
            throw new IllegalArgumentException("link pattern must contain %s for the Message-ID: " + pattern);
        }
        this.linkPattern = pattern;
        return this;
    }

    /**
     * Carries review trailers over from earlier versions, as {@code b4 am} does: a patch whose
     * patch-id is unchanged from an earlier version keeps the trailers given in replies to that
     * earlier patch (not those given to the earlier cover letter). Typically
     * {@code lineage.versions()}; versions not older than the series are ignored.
     */
    public AmReadyMessage setEarlierVersions(List<Series> versions) {
        this.earlierVersions = List.copyOf(versions);
        return this;
    }

    /** The trailers that would be added to the patch's own, in order. */
    public List<Trailer> addedTrailers(Series series, Patch patch) {
        List<Trailer> present = new ArrayList<>(patch.trailers());
        List<Trailer> added = new ArrayList<>();
        // b4's order: replies to this patch, then carried over from earlier versions, then replies
        // to the cover letter (added last, in get_am_ready), then extras such as Link.
        List<ReviewTrailer> collected = new ArrayList<>(series.patchReviewTrailers(patch));
        for (Series earlier : earlierVersions) {
            if (earlier.version() >= series.version()) {
                continue;
            }
            for (Patch old : earlier.patches()) {
                if (old.patchId().equals(patch.patchId())) {
                    collected.addAll(earlier.patchReviewTrailers(old));
                }
            }
        }
        collected.addAll(series.coverReviewTrailers());
        for (ReviewTrailer r : collected) {
            if (r.senderMatches() || includeMismatched) {
                addIfNew(r.trailer(), present, added);
            }
        }
        link(patch.message().messageId()).ifPresent(l -> addIfNew(l, present, added));
        return added;
    }

    /** The full commit message: subject line, blank line, body, trailers; ends with a newline. */
    public String commitMessage(Series series, Patch patch) {
        Objects.requireNonNull(series, "series");
        String subject = patch.info().subject();
        String body = patch.info().message().stripTrailing();
        List<Trailer> added = addedTrailers(series, patch);
        StringBuilder out = new StringBuilder(subject).append('\n');
        if (!body.isEmpty()) {
            out.append('\n').append(body).append('\n');
        }
        if (!added.isEmpty()) {
            // Into the existing trailer block when the body ends with one, else a new paragraph.
            if (body.isEmpty() || patch.trailers().isEmpty()) {
                out.append('\n');
            }
            for (Trailer t : added) {
                out.append(t.token()).append(": ").append(t.value()).append('\n');
            }
        }
        return out.toString();
    }

    /** The Link: trailer for a Message-ID, or empty when none is configured or it cannot be linked. */
    Optional<Trailer> link(String messageId) {
        if (linkPattern == null || messageId.isEmpty() || messageId.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return Optional.empty();
        }
        return Optional.of(new Trailer("Link", linkPattern.replace("%s", messageId)));
    }

    private static void addIfNew(Trailer t, List<Trailer> present, List<Trailer> added) {
        for (Trailer p : present) {
            if (same(p, t)) {
                return;
            }
        }
        present.add(t);
        added.add(t);
    }

    /** b4's {@code LoreTrailer.__eq__}. */
    static boolean same(Trailer a, Trailer b) {
        if (!a.token().equalsIgnoreCase(b.token())) {
            return false;
        }
        if (a.value().toLowerCase(Locale.ROOT).equals(b.value().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (a.is("Link")) {
            Optional<String> x = SeriesMetadata.messageIdOf(a.value()).map(v -> v.toLowerCase(Locale.ROOT));
            Optional<String> y = SeriesMetadata.messageIdOf(b.value()).map(v -> v.toLowerCase(Locale.ROOT));
            return x.isPresent() && x.equals(y);
        }
        return false;
    }
}
