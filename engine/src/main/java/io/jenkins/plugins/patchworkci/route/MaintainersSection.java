package io.jenkins.plugins.patchworkci.route;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * One section of a MAINTAINERS file: its title and its typed entries ({@code M:}, {@code L:},
 * {@code T:}, {@code F:}, {@code X:}, {@code N:}, ...), with the file patterns compiled.
 */
public final class MaintainersSection {

    private final String title;
    private final int line;
    private final List<String[]> entries;
    private final List<FilePattern> files = new ArrayList<>();
    private final List<FilePattern> excludes = new ArrayList<>();
    private final List<Pattern> regexes = new ArrayList<>();

    MaintainersSection(String title, int line, List<String[]> entries) {
        this.title = title;
        this.line = line;
        this.entries = List.copyOf(entries);
        for (String[] e : entries) {
            switch (e[0]) {
                case "F" -> files.add(FilePattern.of(e[1]));
                case "X" -> excludes.add(FilePattern.of(e[1]));
                case "N" -> {
                    try {
                        // get_maintainer.pl matches N: with Perl's /x: whitespace in the pattern is ignored.
                        regexes.add(Pattern.compile(e[1], Pattern.COMMENTS));
                    } catch (PatternSyntaxException ignored) {
                        // A pattern Java cannot read covers nothing rather than stopping routing.
                    }
                }
                default -> { }
            }
        }
    }

    public String title() {
        return title;
    }

    /** The line of the MAINTAINERS file where this section's title stands. */
    public int line() {
        return line;
    }

    /** The values of the entries of one type ({@code 'M'}, {@code 'L'}, {@code 'T'}, ...), in order. */
    public List<String> values(char type) {
        String t = String.valueOf(type);
        return entries.stream().filter(e -> e[0].equals(t)).map(e -> e[1]).toList();
    }

    public List<ScmLocation> trees() {
        return values('T').stream().map(ScmLocation::parse).toList();
    }

    /** Whether the section covers the path, with get_maintainer.pl's rules: X: first, then F: and N:. */
    public boolean covers(String path) {
        return covers(path, null);
    }

    /** As {@link #covers(String)}, with the tree's directories known (see {@link DirectoryTest}). */
    public boolean covers(String path, @Nullable DirectoryTest directories) {
        for (FilePattern x : excludes) {
            if (x.matches(path, directories)) {
                return false;
            }
        }
        for (FilePattern f : files) {
            if (f.matches(path, directories)) {
                return true;
            }
        }
        for (Pattern n : regexes) {
            if (n.matcher(path).find()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return title;
    }
}
