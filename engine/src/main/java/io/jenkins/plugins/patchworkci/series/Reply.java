package io.jenkins.plugins.patchworkci.series;

import io.jenkins.plugins.patchworkci.mail.Message;
import java.util.List;
import java.util.Objects;

/**
 * A reply in a series' thread, kept apart from the patches.
 *
 * @param message the reply
 * @param countsFor the Message-ID of the patch or cover letter it is under (nested replies count
 *     for the patch they are under)
 * @param trailers the review trailers in its own text, in order
 */
public record Reply(Message message, String countsFor, List<ReviewTrailer> trailers) {

    public Reply {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(countsFor, "countsFor");
        trailers = List.copyOf(trailers);
    }
}
