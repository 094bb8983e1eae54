package io.jenkins.plugins.patchworkci.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The few header fields a cursor needs — Message-ID and received time — read from a message's header
 * block, unfolded. Not a mail parser: {@code mail} owns that.
 */
final class MessageHeaders {

    /** public-inbox's pattern for the date in a Received header (PublicInbox::MsgTime::msg_received_at). */
    private static final Pattern RECEIVED_DATE = Pattern.compile(
            "([0-9]+\\s+[a-zA-Z]+\\s+[0-9]{2,4}\\s+[0-9]+[^0-9][0-9]+(?:[^0-9][0-9]+)\\s+[+-][0-9]+)");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy H:m:s Z", Locale.ROOT);
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>]+)>");

    private final List<String[]> fields;

    private MessageHeaders(List<String[]> fields) {
        this.fields = fields;
    }

    /** Reads the header block of a raw message (no {@code From } line), stopping at the first empty line. */
    static MessageHeaders of(byte[] message) {
        String text = new String(message, StandardCharsets.ISO_8859_1);
        List<String[]> fields = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) {
            if (line.isEmpty()) {
                break;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && !fields.isEmpty()) {
                String[] last = fields.get(fields.size() - 1);
                last[1] = last[1] + " " + line.strip();
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.add(new String[] {line.substring(0, colon).trim(), line.substring(colon + 1).strip()});
            }
        }
        return new MessageHeaders(fields);
    }

    List<String> all(String name) {
        List<String> out = new ArrayList<>();
        for (String[] f : fields) {
            if (f[0].equalsIgnoreCase(name)) {
                out.add(f[1]);
            }
        }
        return out;
    }

    /** The first Message-ID, without angle brackets; null when there is none. */
    @Nullable
    String messageId() {
        for (String v : all("Message-ID")) {
            Matcher m = MESSAGE_ID.matcher(v);
            if (m.find()) {
                return m.group(1).trim();
            }
            if (!v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }

    /**
     * The time public-inbox files the message under for {@code rt:}: the date of the first Received
     * header that has one, else the Date header; null if neither reads.
     */
    @Nullable
    Instant receivedAt() {
        for (String r : all("Received")) {
            Matcher m = RECEIVED_DATE.matcher(r);
            if (m.find()) {
                Instant t = parse(m.group(1));
                if (t != null) {
                    return t;
                }
            }
        }
        for (String d : all("Date")) {
            Instant t = parse(d.replaceFirst("^[A-Za-z]{3},\\s*", "").replaceFirst("\\s*\\(.*\\)\\s*$", ""));
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    @Nullable
    private static Instant parse(String text) {
        try {
            return ZonedDateTime.parse(text.trim().replaceAll("\\s+", " "), DATE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
