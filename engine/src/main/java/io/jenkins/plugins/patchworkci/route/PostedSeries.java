package io.jenkins.plugins.patchworkci.route;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What companion finding needs to know about a posted series: its identity, author, time, subject
 * prefix words, and the text in which it may name another series (cover letter, Link: and
 * Depends-on: trailers).
 *
 * @param id the series identity (the cover letter's Message-ID, or the first patch's)
 * @param authorEmail the author's address
 * @param posted when the series was posted
 * @param prefixWords the words of the subject prefix
 * @param text the cover letter (or first patch message) and trailers, where links would stand
 */
public record PostedSeries(String id, String authorEmail, Instant posted, List<String> prefixWords, String text) {

    public PostedSeries {
        Objects.requireNonNull(id, "id");
        authorEmail = authorEmail.toLowerCase(Locale.ROOT);
        Objects.requireNonNull(posted, "posted");
        prefixWords = prefixWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        Objects.requireNonNull(text, "text");
    }

    /** Whether this series' text names the other series' Message-ID (bare, in brackets or in a URL). */
    public boolean mentions(PostedSeries other) {
        return text.contains(other.id);
    }
}
