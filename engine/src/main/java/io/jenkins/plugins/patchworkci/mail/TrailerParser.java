package io.jenkins.plugins.patchworkci.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the trailer block of a commit message and reads its {@code Token: value} lines, by the
 * rules of {@code git interpret-trailers}: the block is the last paragraph (never the title), and
 * it counts as trailers when every line is a trailer (or a continuation line), or when it has a
 * git-generated trailer ({@code Signed-off-by: }) and at least a quarter of its lines are
 * trailers. Lines starting with {@code #} are comments; continuation lines are unfolded.
 */
public final class TrailerParser {

    private static final String[] GIT_GENERATED = {"Signed-off-by: ", "(cherry picked from commit "};

    private TrailerParser() {}

    /** The trailers of a commit whose title is {@code subject} and body {@code body}. */
    public static List<Trailer> parse(String subject, String body) {
        return parse(subject + "\n\n" + body);
    }

    /** The trailers of a whole commit message (title paragraph first). */
    public static List<Trailer> parse(String message) {
        List<String> lines = message.lines().toList();
        int end = lines.size();
        while (end > 0 && (isBlank(lines.get(end - 1)) || lines.get(end - 1).startsWith("#"))) {
            end--;
        }
        int endOfTitle = 0;
        while (endOfTitle < end && (lines.get(endOfTitle).startsWith("#") || !isBlank(lines.get(endOfTitle)))) {
            endOfTitle++;
        }
        int start = findStart(lines, endOfTitle, end);
        List<Trailer> out = new ArrayList<>();
        StringBuilder value = null;
        String token = null;
        for (int i = start; i < end; i++) {
            String l = lines.get(i);
            if (!l.isEmpty() && isSpace(l.charAt(0))) {
                if (value != null) {
                    value.append(' ').append(l.trim());
                }
                continue;
            }
            if (token != null) {
                out.add(new Trailer(token, value.toString().trim()));
            }
            token = null;
            value = null;
            int sep = separator(l);
            if (sep >= 1 && !l.startsWith("#")) {
                token = l.substring(0, sep).trim();
                value = new StringBuilder(l.substring(sep + 1).trim());
            }
        }
        if (token != null) {
            out.add(new Trailer(token, value.toString().trim()));
        }
        return out;
    }

    private static int findStart(List<String> lines, int endOfTitle, int end) {
        boolean onlySpaces = true;
        boolean recognizedPrefix = false;
        int trailerLines = 0;
        int nonTrailerLines = 0;
        int possibleContinuation = 0;
        for (int i = end - 1; i >= endOfTitle; i--) {
            String l = lines.get(i);
            if (l.startsWith("#")) {
                nonTrailerLines += possibleContinuation;
                possibleContinuation = 0;
                continue;
            }
            if (isBlank(l)) {
                if (onlySpaces) {
                    continue;
                }
                nonTrailerLines += possibleContinuation;
                if (recognizedPrefix && trailerLines * 3 >= nonTrailerLines) {
                    return i + 1;
                } else if (trailerLines > 0 && nonTrailerLines == 0) {
                    return i + 1;
                }
                return end;
            }
            onlySpaces = false;
            boolean generated = false;
            for (String p : GIT_GENERATED) {
                if (l.startsWith(p)) {
                    generated = true;
                }
            }
            if (generated) {
                trailerLines++;
                possibleContinuation = 0;
                recognizedPrefix = true;
                continue;
            }
            int sep = separator(l);
            if (sep >= 1 && !isSpace(l.charAt(0))) {
                trailerLines++;
                possibleContinuation = 0;
            } else if (!l.isEmpty() && isSpace(l.charAt(0))) {
                possibleContinuation++;
            } else {
                nonTrailerLines++;
                nonTrailerLines += possibleContinuation;
                possibleContinuation = 0;
            }
        }
        return end;
    }

    /** git's find_separator: a token of letters, digits and dashes, optional blanks, then ':'. */
    static int separator(String l) {
        boolean whitespaceFound = false;
        for (int c = 0; c < l.length(); c++) {
            char ch = l.charAt(c);
            if (ch == ':') {
                return c;
            }
            if (!whitespaceFound && (isAlnum(ch) || ch == '-')) {
                continue;
            }
            if (c != 0 && (ch == ' ' || ch == '\t')) {
                whitespaceFound = true;
                continue;
            }
            break;
        }
        return -1;
    }

    private static boolean isAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isBlank(String l) {
        for (int i = 0; i < l.length(); i++) {
            if (!isSpace(l.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
