package io.jenkins.plugins.patchworkci.series;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the Date header of a mail (RFC 5322, with the liberties mailers take: comments such as
 * {@code (UTC)}, a missing day name, missing seconds, {@code GMT}/{@code UT}/{@code Z} zones).
 * Series assembly needs dates to pick the newest of two resent copies and to group unthreaded
 * patches in a time window; the mail package keeps the header raw.
 */
final class SentDate {

    private SentDate() {}

    /** The instant the header names, or empty when it cannot be read. */
    static Optional<Instant> parse(String header) {
        String text = header.replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").trim();
        text = text.replaceFirst("(?i)\\s(UT|Z)$", " GMT");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            // Mailers put the day name in other case or omit the comma; try once more without it.
            String withoutDay = text.replaceFirst("^[A-Za-z]{3},?\\s*", "");
            try {
                return Optional.of(OffsetDateTime.parse(capitalizeMonth(withoutDay),
                        DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }

    private static String capitalizeMonth(String text) {
        String[] parts = text.split(" ");
        if (parts.length > 1 && parts[1].length() == 3) {
            parts[1] = parts[1].substring(0, 1).toUpperCase(Locale.ROOT) + parts[1].substring(1).toLowerCase(Locale.ROOT);
        }
        return String.join(" ", parts);
    }
}
