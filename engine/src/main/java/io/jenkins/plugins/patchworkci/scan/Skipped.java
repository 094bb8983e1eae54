package io.jenkins.plugins.patchworkci.scan;

import java.util.Objects;

/**
 * Something a scan found and left out, with why: a filtered or closed head, a series routed to no
 * configured tree, a series still missing patches, a series whose mail could not be read.
 *
 * @param what the head name, or the Patchwork series ({@code series 42 'subject'})
 * @param reason why, in one sentence for the scan log
 */
public record Skipped(String what, String reason) {

    public Skipped {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return what + ": " + reason;
    }
}
