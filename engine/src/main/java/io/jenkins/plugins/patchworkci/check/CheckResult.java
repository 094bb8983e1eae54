package io.jenkins.plugins.patchworkci.check;

import java.util.Objects;

/**
 * One check's verdict on one patch: the check's stable name (the Patchwork check context), the
 * patch's number in its series (1..N), the state, a one-line description and the details.
 *
 * @param check the check's name, a Patchwork context slug ({@code [-a-zA-Z0-9_]+})
 * @param patch the patch's number in the series, 1..N
 * @param state success, warning, fail or pending
 * @param description one line, at most 255 characters (Patchwork's limit), no newline
 * @param details the full text behind the description (tool output, lists), possibly empty
 */
public record CheckResult(String check, int patch, CheckState state, String description, String details) {

    public static final int MAX_DESCRIPTION = 255;

    public CheckResult {
        if (check == null || !check.matches("[-a-zA-Z0-9_]+")) {
            throw new IllegalArgumentException("check name must be a Patchwork context slug: " + check);
        }
        if (patch < 1) {
            throw new IllegalArgumentException("patch numbers start at 1: " + patch);
        }
        Objects.requireNonNull(state, "state");
        description = oneLine(Objects.requireNonNull(description, "description"));
        details = Objects.requireNonNull(details, "details");
    }

    /** Descriptions are one line of at most 255 characters: newlines folded, the rest cut with an ellipsis. */
    private static String oneLine(String text) {
        String line = text.replaceAll("[\\r\\n]+", " ").strip();
        return line.length() <= MAX_DESCRIPTION ? line : line.substring(0, MAX_DESCRIPTION - 1) + "\u2026";
    }
}
