package io.jenkins.plugins.patchworkci.apply;

import java.util.ArrayList;
import java.util.List;

/**
 * The commit message {@code git am} records: subject, a blank line and the body, cleaned as
 * git's {@code strbuf_stripspace} does (trailing whitespace cut, runs of blank lines folded, no
 * leading or trailing blank lines), then trailers appended as git's {@code append_signoff} does:
 * straight under an existing trailer block, after a blank line otherwise, and not at all when the
 * block already ends with that very line.
 */
final class CommitMessage {

    private CommitMessage() {}

    static String compose(String subject, String body) {
        return stripspace(subject + "\n\n" + body);
    }

    /** git's stripspace without comment stripping. */
    static String stripspace(String text) {
        StringBuilder out = new StringBuilder();
        int blanks = 0;
        for (String line : text.split("\n", -1)) {
            String l = stripTrailing(line);
            if (l.isEmpty()) {
                blanks++;
                continue;
            }
            if (blanks > 0 && out.length() > 0) {
                out.append('\n');
            }
            blanks = 0;
            out.append(l).append('\n');
        }
        return out.toString();
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && isGitSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static boolean isGitSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    /**
     * Appends {@code trailer} (a whole line without its newline) as {@code append_signoff} does.
     * When the message's trailer block already ends with it, the message is returned unchanged.
     */
    static String appendTrailer(String message, String trailer) {
        List<String> block = trailerBlock(message);
        if (block != null && !block.isEmpty() && block.get(block.size() - 1).startsWith(trailer)) {
            return message;
        }
        StringBuilder m = new StringBuilder(message);
        if (block == null) {
            if (m.length() == 0) {
                m.append('\n');
            } else if (m.charAt(m.length() - 1) != '\n') {
                m.append("\n\n");
            } else if (m.length() == 1 || m.charAt(m.length() - 2) != '\n') {
                m.append('\n');
            }
        }
        return m.append(trailer).append('\n').toString();
    }

    /**
     * The trailers of the message's last paragraph when git's trailer rules accept it as a
     * trailer block (all lines trailers, or a git-generated one and at least a quarter trailers;
     * never the title paragraph), continuation lines folded in; null when there is none.
     */
    static List<String> trailerBlock(String message) {
        List<String> lines = new ArrayList<>(List.of(message.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        int endOfTitle = 0;
        while (endOfTitle < lines.size() && !lines.get(endOfTitle).isBlank()) {
            endOfTitle++;
        }
        boolean onlySpaces = true;
        boolean recognizedPrefix = false;
        int trailerLines = 0;
        int nonTrailerLines = 0;
        int possibleContinuation = 0;
        int start = -1;
        for (int l = lines.size() - 1; l >= endOfTitle; l--) {
            String line = lines.get(l);
            if (line.isBlank()) {
                if (onlySpaces) {
                    continue;
                }
                nonTrailerLines += possibleContinuation;
                if ((recognizedPrefix && trailerLines * 3 >= nonTrailerLines) || (trailerLines > 0 && nonTrailerLines == 0)) {
                    start = l + 1;
                }
                break;
            }
            onlySpaces = false;
            if (line.startsWith("Signed-off-by: ") || line.startsWith("(cherry picked from commit ")) {
                trailerLines++;
                possibleContinuation = 0;
                recognizedPrefix = true;
            } else if (separator(line) >= 1 && !Character.isWhitespace(line.charAt(0))) {
                trailerLines++;
                possibleContinuation = 0;
            } else if (Character.isWhitespace(line.charAt(0))) {
                possibleContinuation++;
            } else {
                nonTrailerLines++;
                nonTrailerLines += possibleContinuation;
                possibleContinuation = 0;
            }
        }
        if (start < 0) {
            return null;
        }
        List<String> trailers = new ArrayList<>();
        for (int l = start; l < lines.size(); l++) {
            String line = lines.get(l);
            if (line.isBlank()) {
                continue;
            }
            if (!trailers.isEmpty() && Character.isWhitespace(line.charAt(0))) {
                trailers.set(trailers.size() - 1, trailers.get(trailers.size() - 1) + " " + line.strip());
            } else {
                trailers.add(line);
            }
        }
        return trailers;
    }

    /** git's find_separator for ':' — a token of letters, digits and '-', maybe followed by blanks. */
    private static int separator(String line) {
        boolean whitespaceFound = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!whitespaceFound && (Character.isLetterOrDigit(c) && c < 128 || c == '-')) {
                continue;
            }
            if (i != 0 && (c == ' ' || c == '\t')) {
                whitespaceFound = true;
                continue;
            }
            break;
        }
        return -1;
    }
}
