package io.jenkins.plugins.patchworkci.apply;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date read the way git's {@code parse_date} reads it: the author date {@code git am} records
 * from the {@code Date:} line of a mail, and {@code GIT_COMMITTER_DATE}. The formats of git's
 * "DATE FORMATS": git's internal {@code 1700000000 +0100} (also {@code @1700000000 +0100}, and
 * bare seconds since the epoch), RFC 2822 ({@code Wed, 25 Nov 2026 02:18:25 +0100}) and its
 * common deviations (no weekday, two-digit year, named zones, a trailing {@code (CET)} comment)
 * and ISO 8601 ({@code 2026-11-25 02:18:25 +0100}, {@code 2026-11-25T02:18:25+01:00}). The offset
 * is kept as written; without one, the local zone's, as git takes it.
 */
final class GitDate {

    private static final Pattern HEADER_DATE = Pattern.compile("@?(\\d+) ([+-])(\\d{2})(\\d{2})");
    /** ISO 8601's {@code T} between date and time: git reads them as two tokens. */
    private static final Pattern DATE_T_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(\\d)");
    /** A time glued to its zone ({@code 02:18:25+01:00}, {@code 02:18:25Z}): two tokens for git too. */
    private static final Pattern TIME_THEN_ZONE = Pattern.compile("(\\d:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)([+-]\\d|Z\\b)");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};
    /** git's zone names with their offsets in minutes (daylight names include the hour). */
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("ut", 0), Map.entry("utc", 0), Map.entry("gmt", 0), Map.entry("z", 0), Map.entry("wet", 0),
            Map.entry("bst", 60), Map.entry("cet", 60), Map.entry("met", 60), Map.entry("cest", 120),
            Map.entry("mest", 120), Map.entry("mesz", 120), Map.entry("eet", 120), Map.entry("eest", 180),
            Map.entry("est", -300), Map.entry("edt", -240), Map.entry("cst", -360), Map.entry("cdt", -300),
            Map.entry("mst", -420), Map.entry("mdt", -360), Map.entry("pst", -480), Map.entry("pdt", -420),
            Map.entry("jst", 540));

    private GitDate() {}

    /** The date, or empty when git would refuse it ("invalid date format"). */
    static Optional<ZonedDateTime> parse(String text) {
        Matcher header = HEADER_DATE.matcher(text);
        if (header.matches()) {
            // git's object header format (match_object_header_date): seconds and offset as stored.
            int m = Integer.parseInt(header.group(3)) * 60 + Integer.parseInt(header.group(4));
            return epochSeconds(header.group(1), ZoneOffset.ofTotalSeconds((header.group(2).equals("-") ? -m : m) * 60));
        }
        int year = -1;
        int month = -1;
        int day = -1;
        int hour = -1;
        int minute = 0;
        int second = 0;
        Integer offset = null;
        String s = text.replaceAll("\\([^)]*\\)", " ").replace(',', ' ');
        s = TIME_THEN_ZONE.matcher(DATE_T_TIME.matcher(s).replaceAll("$1 $2")).replaceAll("$1 $2").trim();
        String epoch = null;
        for (String tok : s.split("\\s+")) {
            if (tok.isEmpty()) {
                continue;
            }
            String lower = tok.toLowerCase(Locale.ROOT);
            char c = tok.charAt(0);
            if ((c == '+' || c == '-') && tok.length() > 1 && Character.isDigit(tok.charAt(1))) {
                String digits = tok.substring(1).replace(":", "");
                if (digits.length() == 2) {
                    digits += "00";
                }
                if (digits.length() != 4 || !digits.chars().allMatch(Character::isDigit)) {
                    return Optional.empty();
                }
                int m = Integer.parseInt(digits.substring(0, 2)) * 60 + Integer.parseInt(digits.substring(2));
                offset = c == '-' ? -m : m;
            } else if (Character.isLetter(c)) {
                int mon = month(lower);
                if (mon > 0) {
                    month = mon;
                } else if (ZONES.containsKey(lower)) {
                    if (offset == null) {
                        offset = ZONES.get(lower);
                    }
                }
                // Weekday names and other words are ignored, as git does.
            } else if (tok.matches("\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?")) {
                String[] t = tok.split(":");
                hour = Integer.parseInt(t[0]);
                minute = Integer.parseInt(t[1]);
                second = t.length > 2 ? (int) Double.parseDouble(t[2]) : 0;
            } else if (tok.matches("\\d{4}-\\d{2}-\\d{2}")) {
                year = Integer.parseInt(tok.substring(0, 4));
                month = Integer.parseInt(tok.substring(5, 7));
                day = Integer.parseInt(tok.substring(8, 10));
            } else if (tok.matches("\\d{9,}") && year < 0 && month < 0 && day < 0 && hour < 0) {
                // Seconds since the epoch (git: any number of 9 digits or more before a date).
                epoch = tok;
            } else if (tok.matches("\\d+")) {
                int n = Integer.parseInt(tok);
                if (tok.length() >= 3 || (day >= 0 && year < 0)) {
                    year = tok.length() <= 2 ? (n < 70 ? 2000 + n : 1900 + n) : n;
                } else if (day < 0) {
                    day = n;
                } else {
                    return Optional.empty();
                }
            } else {
                return Optional.empty();
            }
        }
        if (epoch != null) {
            return epochSeconds(epoch, offset == null ? null : ZoneOffset.ofTotalSeconds(offset * 60));
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second);
            ZoneId zone = offset == null ? ZoneId.systemDefault() : ZoneOffset.ofTotalSeconds(offset * 60);
            return Optional.of(ZonedDateTime.of(local, zone));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<ZonedDateTime> epochSeconds(String digits, ZoneOffset offset) {
        try {
            Instant at = Instant.ofEpochSecond(Long.parseLong(digits));
            return Optional.of(ZonedDateTime.ofInstant(at, offset != null ? offset : ZoneId.systemDefault()));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int month(String word) {
        if (word.length() < 3) {
            return -1;
        }
        for (int i = 0; i < MONTHS.length; i++) {
            if (word.startsWith(MONTHS[i])) {
                return i + 1;
            }
        }
        return -1;
    }
}
