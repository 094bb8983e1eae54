package io.jenkins.plugins.patchworkci.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/** A time on the command line: a duration back from now ({@code 90s}, {@code 30m}, {@code 7d}) or a date. */
final class Since {

    private Since() {}

    static Duration duration(String text) throws UsageException {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            Duration d = switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new NumberFormatException();
            };
            if (d.isNegative() || d.isZero()) {
                throw new NumberFormatException();
            }
            return d;
        } catch (RuntimeException e) {
            throw new UsageException("'" + text + "' is not a duration like 90s, 30m, 2h, 7d or PT30M");
        }
    }

    /** {@code 7d} is seven days before {@code now}; {@code 2026-11-01} is that day's start, UTC. */
    static Instant instant(String text, Instant now) throws UsageException {
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (RuntimeException e) {
                throw new UsageException("'" + text + "' is not a date");
            }
        }
        return now.minus(duration(text));
    }
}
