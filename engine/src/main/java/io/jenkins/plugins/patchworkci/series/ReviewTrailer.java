package io.jenkins.plugins.patchworkci.series;

import io.jenkins.plugins.patchworkci.mail.Address;
import io.jenkins.plugins.patchworkci.mail.Trailer;
import java.util.Objects;

/**
 * A trailer given in a reply ({@code Reviewed-by:}, {@code Acked-by:}, ...), with where it came from.
 *
 * @param trailer the trailer, value normalised as b4 does ({@code Name <email>})
 * @param replyId the Message-ID of the reply it was written in
 * @param sender the reply's From
 * @param senderMatches false when the trailer names a person whose address (or, fuzzily, name)
 *     is not the reply's sender: kept, but not applied unless asked, as b4 does
 */
public record ReviewTrailer(
        Trailer trailer, String replyId, Address sender, boolean senderMatches) {

    public ReviewTrailer {
        Objects.requireNonNull(trailer, "trailer");
        Objects.requireNonNull(replyId, "replyId");
        Objects.requireNonNull(sender, "sender");
    }
}
