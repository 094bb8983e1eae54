package io.jenkins.plugins.patchworkci.apply;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The whitespace warnings {@code git apply} prints while {@code git am} applies a patch (its
 * default {@code --whitespace=warn}), in git's words and order: one per added line that breaks a
 * rule of {@code core.whitespace} (at most five printed, the rest counted), then one per hunk that
 * adds blank lines at the end of a file, then the count. Only {@code core.whitespace} chooses the
 * rules; a {@code whitespace} attribute in {@code .gitattributes} is not read.
 *
 * <pre>{@code
 * List<String> lines = WhitespaceWarnings.rules(config.getString("core", null, "whitespace"))
 *         .check(patchBytes, ".git/rebase-apply/patch", path -> contentAfterThePatch(path));
 * }</pre>
 */
public final class WhitespaceWarnings {

    // git's bits (cache.h), so a rule reads as git's does.
    static final int BLANK_AT_EOL = 0100;
    static final int SPACE_BEFORE_TAB = 0200;
    static final int INDENT_WITH_NON_TAB = 0400;
    static final int CR_AT_EOL = 01000;
    static final int BLANK_AT_EOF = 02000;
    static final int TAB_IN_INDENT = 04000;
    static final int TRAILING_SPACE = BLANK_AT_EOL | BLANK_AT_EOF;
    static final int DEFAULT_RULE = TRAILING_SPACE | SPACE_BEFORE_TAB | 8;
    static final int TAB_WIDTH_MASK = 077;
    /** git apply's default: print five, count the rest. */
    static final int SHOWN = 5;

    private static final String[] NAMES = {"trailing-space", "space-before-tab", "indent-with-non-tab", "cr-at-eol",
        "blank-at-eol", "blank-at-eof", "tab-in-indent"};
    private static final int[] BITS = {TRAILING_SPACE, SPACE_BEFORE_TAB, INDENT_WITH_NON_TAB, CR_AT_EOL, BLANK_AT_EOL,
        BLANK_AT_EOF, TAB_IN_INDENT};
    private static final Pattern HUNK = Pattern.compile("@@ -\\d+(?:,(\\d+))? \\+\\d+(?:,(\\d+))? @@.*");

    private final int rule;

    private WhitespaceWarnings(int rule) {
        this.rule = rule;
    }

    /**
     * The rules of a {@code core.whitespace} value, read as git's {@code parse_whitespace_rule}
     * reads it (null: git's default, {@code blank-at-eol,blank-at-eof,space-before-tab}).
     *
     * @throws IllegalArgumentException where git dies: both {@code tab-in-indent} and {@code indent-with-non-tab}
     */
    public static WhitespaceWarnings rules(@Nullable String coreWhitespace) {
        int rule = DEFAULT_RULE;
        if (coreWhitespace != null) {
            for (String token : coreWhitespace.split(",")) {
                String t = token.replaceFirst("^[ \\t\\n\\r]+", "");
                boolean negated = t.startsWith("-");
                if (negated) {
                    t = t.substring(1);
                }
                if (t.isEmpty()) {
                    break;
                }
                for (int i = 0; i < NAMES.length; i++) {
                    if (NAMES[i].startsWith(t)) { // git compares the given length: a prefix names the rule
                        rule = negated ? rule & ~BITS[i] : rule | BITS[i];
                        break;
                    }
                }
                if (t.startsWith("tabwidth=") && t.substring(9).matches("\\d+")) {
                    int width = Integer.parseInt(t.substring(9));
                    if (width > 0 && width < 64) {
                        rule = (rule & ~TAB_WIDTH_MASK) | width;
                    }
                }
            }
        }
        if ((rule & TAB_IN_INDENT) != 0 && (rule & INDENT_WITH_NON_TAB) != 0) {
            throw new IllegalArgumentException("cannot enforce both tab-in-indent and indent-with-non-tab");
        }
        return new WhitespaceWarnings(rule);
    }

    /**
     * git apply's warnings for one patch, each an output line (a warning and the line it is about
     * are two).
     *
     * @param patch the patch as {@code git mailinfo} wrote it (git counts its lines from there)
     * @param patchFile the name git gives that file ({@code .git/rebase-apply/patch})
     * @param before a file's content before the patch, by its old path, or null when that file's
     *     changes did not apply (git warns of blank lines added at the end of a file only as it
     *     applies the hunk: when the hunk's preimage ends where the file ends)
     * @param applies whether the patch applied: git apply counts the errors only for one that did
     */
    public List<String> check(byte[] patch, String patchFile,
            Function<String, byte[]> before, boolean applies) {
        List<String> out = new ArrayList<>();
        int[] errors = {0};
        List<String[]> atEof = new ArrayList<>(); // old path, first blank line's number, hunk preimage
        String[] lines = new String(patch, StandardCharsets.ISO_8859_1).split("\n", -1);
        String path = null;
        int oldLeft = 0;
        int newLeft = 0;
        int blankRun = 0;
        int firstBlank = 0;
        StringBuilder pre = new StringBuilder();
        for (int i = 0; i < lines.length - 1 || (i == lines.length - 1 && !lines[i].isEmpty()); i++) {
            String line = lines[i];
            int number = i + 1;
            if (oldLeft > 0 || newLeft > 0) {
                char c = line.isEmpty() ? '\n' : line.charAt(0);
                if (c == '+') {
                    newLeft--;
                    String body = line.substring(1);
                    record(out, errors, patchFile, number, whitespace(body), body);
                    if ((rule & BLANK_AT_EOF) != 0 && blank(body)) {
                        firstBlank = blankRun++ == 0 ? number : firstBlank;
                    } else {
                        blankRun = 0;
                    }
                } else if (c == ' ' || c == '\n') {
                    oldLeft--;
                    newLeft--;
                    String body = line.isEmpty() ? "" : line.substring(1);
                    pre.append(body).append('\n');
                    if (!(c == '\n' || (rule & BLANK_AT_EOF) != 0 && blank(body))) {
                        blankRun = 0;
                    }
                } else if (c == '-') {
                    oldLeft--;
                    pre.append(line, 1, line.length()).append('\n');
                    blankRun = 0;
                } else if (c != '\\') {
                    oldLeft = 0;
                    newLeft = 0;
                }
                if (oldLeft <= 0 && newLeft <= 0 && blankRun > 0 && path != null) {
                    atEof.add(new String[] {path, Integer.toString(firstBlank), pre.toString()});
                }
                continue;
            }
            Matcher hunk = HUNK.matcher(line);
            if (hunk.matches()) {
                oldLeft = hunk.group(1) == null ? 1 : Integer.parseInt(hunk.group(1));
                newLeft = hunk.group(2) == null ? 1 : Integer.parseInt(hunk.group(2));
                blankRun = 0;
                pre.setLength(0);
            } else if (line.startsWith("--- ")) {
                String name = line.substring(4).split("\t", 2)[0];
                path = name.startsWith("a/") ? name.substring(2) : name;
            }
        }
        for (String[] h : atEof) {
            byte[] content = h[0].equals("/dev/null") ? new byte[0] : before.apply(h[0]);
            if (content != null && endsWith(new String(content, StandardCharsets.ISO_8859_1), h[2])) {
                record(out, errors, patchFile, Integer.parseInt(h[1]), BLANK_AT_EOF, "+");
            }
        }
        if (applies && errors[0] > SHOWN) {
            int squelched = errors[0] - SHOWN;
            out.add("warning: squelched " + squelched + " whitespace error" + (squelched == 1 ? "" : "s"));
        }
        if (applies && errors[0] > 0) {
            out.add("warning: " + errors[0] + (errors[0] == 1 ? " line adds" : " lines add") + " whitespace errors.");
        }
        // Lines were read as ISO-8859-1 to keep every byte; give them back as the UTF-8 they usually are.
        out.replaceAll(s -> new String(s.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        return out;
    }

    private static void record(List<String> out, int[] errors, String patchFile, int number, int result, String line) {
        if (result == 0) {
            return;
        }
        if (++errors[0] <= SHOWN) {
            out.add(patchFile + ":" + number + ": " + describe(result) + ".");
            out.add(line);
        }
    }

    /** git's {@code ws_check}: the rules an added line (without its {@code +}) breaks. */
    int whitespace(String line) {
        int len = line.length();
        if ((rule & CR_AT_EOL) != 0 && len > 0 && line.charAt(len - 1) == '\r') {
            len--;
        }
        int result = 0;
        int trailing = len;
        if ((rule & BLANK_AT_EOL) != 0) {
            while (trailing > 0 && space(line.charAt(trailing - 1))) {
                trailing--;
                result |= BLANK_AT_EOL;
            }
        }
        int written = 0;
        int i;
        for (i = 0; i < trailing; i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                continue;
            }
            if (c != '\t') {
                break;
            }
            if ((rule & SPACE_BEFORE_TAB) != 0 && written < i) {
                result |= SPACE_BEFORE_TAB;
            } else if ((rule & TAB_IN_INDENT) != 0) {
                result |= TAB_IN_INDENT;
            }
            written = i + 1;
        }
        if ((rule & INDENT_WITH_NON_TAB) != 0 && i - written >= (rule & TAB_WIDTH_MASK)) {
            result |= INDENT_WITH_NON_TAB;
        }
        return result;
    }

    /** git's {@code whitespace_error_string}. */
    static String describe(int ws) {
        List<String> parts = new ArrayList<>();
        if ((ws & TRAILING_SPACE) == TRAILING_SPACE) {
            parts.add("trailing whitespace");
        } else {
            if ((ws & BLANK_AT_EOL) != 0) {
                parts.add("trailing whitespace");
            }
            if ((ws & BLANK_AT_EOF) != 0) {
                parts.add("new blank line at EOF");
            }
        }
        if ((ws & SPACE_BEFORE_TAB) != 0) {
            parts.add("space before tab in indent");
        }
        if ((ws & INDENT_WITH_NON_TAB) != 0) {
            parts.add("indent with spaces");
        }
        if ((ws & TAB_IN_INDENT) != 0) {
            parts.add("tab in indent");
        }
        return String.join(", ", parts);
    }

    /** git's {@code isspace}: space, tab, CR, LF. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean blank(String s) {
        return s.chars().allMatch(c -> space((char) c));
    }

    /** Whether the file ends with the hunk's preimage: then the hunk applies at the end of the file. */
    private static boolean endsWith(String file, String preimage) {
        String f = file.isEmpty() || file.endsWith("\n") ? file : file + "\n";
        return f.endsWith(preimage) && (f.length() == preimage.length()
                || f.charAt(f.length() - preimage.length() - 1) == '\n');
    }
}
