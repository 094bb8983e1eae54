package io.jenkins.plugins.patchworkci.inbox;

import java.util.Objects;

/**
 * Where an mbox file was read to: the byte offset after the last delivered message, and a fingerprint of
 * the bytes before it, so a file that was rewritten rather than appended to is noticed.
 *
 * @param offset bytes delivered so far
 * @param tail SHA-256 of the (up to) 4096 bytes before {@code offset}, empty at offset 0
 */
public record MboxFileCursor(long offset, String tail) {

    public MboxFileCursor {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        Objects.requireNonNull(tail, "tail");
    }
}
