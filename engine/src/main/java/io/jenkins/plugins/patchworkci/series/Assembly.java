package io.jenkins.plugins.patchworkci.series;

import io.jenkins.plugins.patchworkci.mail.Message;
import java.util.List;
import java.util.Optional;

/**
 * What {@link SeriesAssembler} made of a set of messages: every series found, the messages that
 * belong to none, and every note. Nothing given is lost: each message is in a series (as cover
 * letter, patch, reply or displaced copy), among the unplaced replies, or among the unrelated.
 *
 * @param series the series, oldest first (ties by id)
 * @param unplacedReplies replies whose thread leads to no patch or cover letter given
 * @param unrelated messages that are neither patch, cover letter, pull request nor reply
 * @param notes every note, about any message, sorted
 */
public record Assembly(
        List<Series> series,
        List<Message> unplacedReplies,
        List<Message> unrelated,
        List<Note> notes) {

    public Assembly {
        series = List.copyOf(series);
        unplacedReplies = List.copyOf(unplacedReplies);
        unrelated = List.copyOf(unrelated);
        notes = List.copyOf(notes);
    }

    /** The series with this id, if found. */
    public Optional<Series> series(SeriesId id) {
        return series.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The series containing this message as cover letter or patch, if any. */
    public Optional<Series> seriesOf(String messageId) {
        return series.stream()
                .filter(s -> s.coverLetter().map(c -> c.messageId().equals(messageId)).orElse(false)
                        || s.patches().stream().anyMatch(p -> p.message().messageId().equals(messageId))
                        || s.id().messageId().equals(messageId))
                .findFirst();
    }
}
