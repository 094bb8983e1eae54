package io.jenkins.plugins.patchworkci.inbox;

import java.time.Duration;
import java.util.Objects;

/**
 * What a user configures about a public-inbox source besides the server.
 *
 * @param list the inbox name, e.g. {@code netdev} or {@code bpf}
 * @param overlap how far before the cursor each poll searches again, for messages indexed late with an
 *     earlier received time (default 15 minutes); costs bytes, not requests
 * @param atomGapCheck whether each poll also reads {@code new.atom} (one more request) and fetches any
 *     message in it that the search did not return
 */
public record PublicInboxSettings(String list, Duration overlap, boolean atomGapCheck) {

    public PublicInboxSettings {
        Objects.requireNonNull(list, "list");
        if (list.isBlank() || !list.matches("[A-Za-z0-9][A-Za-z0-9._+-]*")) {
            throw new IllegalArgumentException("not an inbox name: '" + list + "'");
        }
        if (overlap.isNegative()) {
            throw new IllegalArgumentException("overlap must not be negative");
        }
    }

    public static PublicInboxSettings of(String list) {
        return new PublicInboxSettings(list, Duration.ofMinutes(15), false);
    }

    public PublicInboxSettings withOverlap(Duration value) {
        return new PublicInboxSettings(list, value, atomGapCheck);
    }

    public PublicInboxSettings withAtomGapCheck(boolean value) {
        return new PublicInboxSettings(list, overlap, value);
    }
}
