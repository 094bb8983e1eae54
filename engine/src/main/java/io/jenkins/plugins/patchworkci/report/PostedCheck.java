package io.jenkins.plugins.patchworkci.report;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A check Patchwork holds for a patch.
 *
 * @param id the check's id on the server (0 when not known, as in shadow mode)
 * @param url the check's API URL (the {@code Location} of a created check), or null
 * @param user the username of whoever posted it, or null
 * @param date when the server recorded it, as the server wrote it (UTC, no zone), or null
 * @param check what was posted
 */
public record PostedCheck(long id, @Nullable String url, @Nullable String user, @Nullable String date,
        CheckPost check) {

    public PostedCheck {
        Objects.requireNonNull(check, "check");
    }
}
