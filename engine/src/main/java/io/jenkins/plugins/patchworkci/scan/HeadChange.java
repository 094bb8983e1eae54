package io.jenkins.plugins.patchworkci.scan;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a Patchwork event means for the heads: which series or patch it is about, and whether it likely
 * creates, updates or removes a head. "Likely", because the event alone does not know the lineage: the
 * consumer re-plans the heads of the series concerned, and that decides.
 *
 * @param type the kind of change, in the SCM API's terms
 * @param eventId Patchwork's event id
 * @param date when Patchwork recorded it
 * @param seriesId the series concerned, when the event names it
 * @param patchId the patch concerned, when the event names one
 * @param description one line for the Jenkins event log
 */
public record HeadChange(Type type, long eventId, Instant date, @Nullable Long seriesId,
        @Nullable Long patchId, String description) {

    public HeadChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(description, "description");
        if (seriesId == null && patchId == null) {
            throw new IllegalArgumentException("a head change names a series or a patch: event " + eventId);
        }
    }

    /** The SCM API's event types: a head appears, changes, or goes away. */
    public enum Type {
        CREATED, UPDATED, REMOVED
    }
}
