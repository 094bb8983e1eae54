package io.jenkins.plugins.patchworkci.route;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * One MAINTAINERS {@code F:} or {@code X:} pattern, matched exactly as {@code get_maintainer.pl}
 * matches it: {@code .} is literal, {@code *} and {@code ?} are wildcards, everything else is a
 * regular expression matched as a prefix of the path; a pattern with a trailing slash covers the
 * whole directory below it, any other pattern only paths as deep as itself. A pattern naming a
 * directory without the slash gets one, as get_maintainer.pl does when the directory exists: a
 * path below it proves that it does.
 */
final class FilePattern {

    private final String raw;
    private final Pattern prefix;
    private final boolean directory;
    private final int slashes;
    private final boolean wildcard;

    private FilePattern(String raw, Pattern prefix) {
        this.raw = raw;
        this.prefix = prefix;
        this.directory = raw.endsWith("/");
        this.slashes = count(raw, '/');
        this.wildcard = raw.indexOf('*') >= 0 || raw.indexOf('?') >= 0;
    }

    /** Compiles a pattern; one that is not a valid expression is matched literally. */
    static FilePattern of(String raw) {
        String regex = raw.replace(".", "\\.").replace("*", ".*").replace("?", ".");
        Pattern p;
        try {
            p = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            p = Pattern.compile(Pattern.quote(raw));
        }
        return new FilePattern(raw, p);
    }

    String raw() {
        return raw;
    }

    /**
     * Matches a path. {@code directories} says which plain patterns name a directory of the tree
     * (get_maintainer.pl's {@code -d} test); without a tree it is null and a path below the
     * pattern proves the directory exists.
     */
    boolean matches(String path, @Nullable DirectoryTest directories) {
        if (!wildcard && !directory) {
            boolean isDirectory = directories == null ? isBelow(path) : directories.isDirectory(raw);
            if (isDirectory) {
                return isBelow(path);
            }
        }
        if (!prefix.matcher(path).lookingAt()) {
            return false;
        }
        return directory || count(path, '/') == slashes;
    }

    private boolean isBelow(String path) {
        return path.length() > raw.length() && path.startsWith(raw) && path.charAt(raw.length()) == '/';
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return raw;
    }
}
