package io.jenkins.plugins.patchworkci.route;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What companion finding needs to know about a posted series: its identity, subject, author, time,
 * subject prefix words, the text in which it may name another series (cover letter, trailers), and
 * the evidence that can tie it to another series (its thread, its Change-Ids, its Link: trailers).
 *
 * @param id the series identity (the cover letter's Message-ID, or the first patch's)
 * @param subject the series subject without the bracketed prefix
 * @param authorEmail the author's address
 * @param posted when the series was posted
 * @param prefixWords the words of the subject prefix
 * @param text the cover letter (or first patch message) and trailers, where links would stand
 * @param messageIds the Message-IDs of its cover letter and patches
 * @param threadIds the Message-IDs its cover letter and patches reply to (In-Reply-To, References)
 * @param changeIds its change-ids: b4's {@code change-id:} and Gerrit's {@code Change-Id:} trailers
 * @param links the values of its {@code Link:} trailers
 */
public record PostedSeries(String id, String subject, String authorEmail, Instant posted, List<String> prefixWords,
        String text, Set<String> messageIds, Set<String> threadIds, Set<String> changeIds, Set<String> links) {

    public PostedSeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        authorEmail = authorEmail.toLowerCase(Locale.ROOT);
        Objects.requireNonNull(posted, "posted");
        prefixWords = prefixWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        Objects.requireNonNull(text, "text");
        messageIds = Set.copyOf(messageIds);
        threadIds = Set.copyOf(threadIds);
        changeIds = changeIds.stream().map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        links = links.stream().map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether this series' text names the other series' Message-ID (bare, in brackets or in a URL). */
    public boolean mentions(PostedSeries other) {
        return text.contains(other.id);
    }

    /**
     * Whether this series' text names a word as a word of its own ({@code iproute2-next} in "the ip
     * side follows on iproute2-next", not in "iproute2-next-old"), case ignored.
     */
    public boolean names(String word) {
        return WORDS.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> Pattern.compile(
                "(?<![\\w-])" + Pattern.quote(w) + "(?![\\w-])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .matcher(text).find();
    }

    /** The patterns of the words asked about: tree names and tags, a handful per configuration. */
    private static final Map<String, Pattern> WORDS = new ConcurrentHashMap<>();

    /**
     * Whether one series was posted in the other's thread, or both in one thread: a message of one
     * replies to a message of the other, or both reply to the same message.
     */
    public boolean sharesThreadWith(PostedSeries other) {
        return threadIds.stream().anyMatch(id -> other.messageIds.contains(id) || other.threadIds.contains(id))
                || other.threadIds.stream().anyMatch(messageIds::contains);
    }

    /**
     * The subject as two halves of one change share it: without the {@code area:} labels in front
     * ({@code net: dev:}, {@code ip:}), lower case, punctuation and runs of space as one space.
     */
    public String bareSubject() {
        String s = subject.toLowerCase(Locale.ROOT).strip();
        while (s.matches("^[\\w./-]+:\\s.*")) {
            s = s.substring(s.indexOf(':') + 1).strip();
        }
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
