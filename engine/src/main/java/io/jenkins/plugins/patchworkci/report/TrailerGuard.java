package io.jenkins.plugins.patchworkci.report;

import java.util.regex.Pattern;

/**
 * Keeps a report from being read as review. Patchwork copies lines like {@code Tested-by: ...}
 * from replies into the patch it serves (and {@code b4} and git's trailer parser pick up any
 * {@code Token: value} line), so a CI reply must have no line that starts with a trailer token.
 * Such lines are indented by two spaces: tools match trailers at the start of a line only, and a
 * reader sees the same text.
 */
public final class TrailerGuard {

    /** A token of letters, digits, '-' or '_' at the very start of a line, then optional blanks and a colon. */
    private static final Pattern TRAILER_LINE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_-]*[ \\t]*:");

    private TrailerGuard() {}

    /** Whether a line could be taken for a trailer. */
    public static boolean looksLikeTrailer(String line) {
        return TRAILER_LINE.matcher(line).find();
    }

    /** The text with every trailer-like line indented; lines end in LF. */
    public static String neutralise(String text) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (String line : text.split("\r\n|\r|\n", -1)) {
            if (looksLikeTrailer(line)) {
                out.append("  ");
            }
            out.append(line).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }
}
