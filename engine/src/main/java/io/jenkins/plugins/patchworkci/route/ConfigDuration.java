package io.jenkins.plugins.patchworkci.route;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Durations as people write them in configuration files: a number with a unit ({@code 90s},
 * {@code 30m}, {@code 6h}, {@code 2d}) or ISO-8601 ({@code PT6H}).
 */
public final class ConfigDuration {

    private ConfigDuration() {}

    /** The duration, or empty when the text is not one (the caller names the field in its error). */
    public static Optional<Duration> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return Optional.of(Duration.parse(t.toUpperCase(Locale.ROOT)));
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            if (n < 0) {
                return Optional.empty();
            }
            return switch (t.charAt(t.length() - 1)) {
                case 's' -> Optional.of(Duration.ofSeconds(n));
                case 'm' -> Optional.of(Duration.ofMinutes(n));
                case 'h' -> Optional.of(Duration.ofHours(n));
                case 'd' -> Optional.of(Duration.ofDays(n));
                default -> Optional.empty();
            };
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
