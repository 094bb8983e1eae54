package io.jenkins.plugins.patchworkci.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One compiler diagnostic as gcc and clang print it, {@code file:line[:col]: warning: text [-Wflag]},
 * and its fingerprint: the file (relative to the tree), the text with line and column numbers
 * taken out, and the flag. Two builds are compared by fingerprint, so a warning that moved down
 * ten lines is the same warning.
 *
 * @param file the file, relative to the work tree when it was under it
 * @param line the line, for the report only
 * @param kind {@code warning} or {@code error}
 * @param text the message without the flag
 * @param flag the {@code -W} option in brackets, empty when none
 * @param raw the line as printed
 */
record CompilerWarning(String file, int line, String kind, String text, String flag, String raw) {

    private static final Pattern DIAGNOSTIC = Pattern.compile(
            "^(?<file>[^:\\s][^:]*):(?<line>\\d+):(?:(?<col>\\d+):)? (?<kind>warning|error|fatal error): "
                    + "(?<text>.*?)(?: \\[(?<flag>-W[^\\]]+)\\])?$");
    private static final Pattern POSITION = Pattern.compile(":\\d+(:\\d+)?");

    String fingerprint() {
        return file + "|" + POSITION.matcher(text).replaceAll("") + "|" + flag;
    }

    boolean isError() {
        return !kind.equals("warning");
    }

    static List<CompilerWarning> parse(String output, Path workTree) {
        List<CompilerWarning> out = new ArrayList<>();
        Path root = workTree.toAbsolutePath().normalize();
        for (String line : output.split("\n")) {
            Matcher m = DIAGNOSTIC.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            String file = m.group("file");
            Path p = Path.of(file);
            Path abs = (p.isAbsolute() ? p : root.resolve(p)).normalize();
            if (abs.startsWith(root)) {
                file = root.relativize(abs).toString();
            }
            String flag = m.group("flag") == null ? "" : m.group("flag").replaceFirst("^-Werror=", "-W");
            out.add(new CompilerWarning(file, Integer.parseInt(m.group("line")), m.group("kind"), m.group("text"), flag,
                    line.strip()));
        }
        return out;
    }
}
