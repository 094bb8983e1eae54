package io.jenkins.plugins.patchworkci.series;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The identity of a series: the Message-ID of its cover letter, or of its first patch when it has
 * none. Printable as {@code <message-id>}, and as a {@link #shortHash() short hash} safe to use as
 * a Jenkins head or branch name.
 *
 * @param messageId the Message-ID without angle brackets
 */
public record SeriesId(String messageId) implements Comparable<SeriesId> {

    /** Length in hex digits of {@link #shortHash()}: 48 bits, so collisions need ~16 million series. */
    public static final int SHORT_HASH_LENGTH = 12;

    public SeriesId {
        Objects.requireNonNull(messageId, "messageId");
    }

    /**
     * The first 12 hex digits (lower case) of the SHA-256 of the Message-ID's UTF-8 bytes (without
     * angle brackets). Stable across runs and machines; only {@code [0-9a-f]}, so usable in any
     * name Jenkins or git accepts.
     */
    public String shortHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(messageId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, SHORT_HASH_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (java.security.MessageDigest javadoc).
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int compareTo(SeriesId other) {
        return messageId.compareTo(other.messageId);
    }

    @Override
    public String toString() {
        return "<" + messageId + ">";
    }
}
