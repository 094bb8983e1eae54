package io.jenkins.plugins.patchworkci.patchwork;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Patchwork's dates: ISO 8601 without a zone ({@code 2026-11-25T00:41:04.612468}), which Patchwork
 * stores and serves in UTC (observed, see the reference README). A zone, if a server ever sends one,
 * is honoured. Also formats the {@code since} filter the same way.
 */
final class PatchworkDates extends JsonDeserializer<Instant> {

    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);

    static Instant parse(String text) {
        String t = text.trim();
        try {
            return LocalDateTime.parse(t, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException noZone) {
            return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        }
    }

    /** The form Patchwork's {@code since}/{@code before} filters read back as UTC. */
    static String format(Instant instant) {
        return SINCE.format(instant);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String text = p.getValueAsString();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse(text);
        } catch (DateTimeParseException e) {
            return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not an ISO 8601 date: %s",
                    e.getMessage());
        }
    }
}
