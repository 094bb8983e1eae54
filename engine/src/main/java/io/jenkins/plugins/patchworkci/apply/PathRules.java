package io.jenkins.plugins.patchworkci.apply;

import java.util.Locale;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.lib.ObjectChecker;

/**
 * Which paths a patch may name. A patch comes from anyone, so a path must stay inside the tree
 * on every file system a checkout may land on: no absolute path, no {@code .} or {@code ..}
 * component, no {@code .git} component in any spelling Windows or macOS would fold onto it
 * ({@code .GIT}, {@code .git.}, {@code .git } , {@code git~1}, {@code .git::$INDEX_ALLOCATION},
 * HFS+ ignorable characters), no backslash (a separator on Windows), no NUL or control line end.
 * Windows device names ({@code aux.c}) stay allowed: the kernel has such files.
 */
final class PathRules {

    private final ObjectChecker macChecker = new ObjectChecker().setSafeForMacOS(true);

    /** Refuses the path, naming it, when it could escape the tree or reach into {@code .git}. */
    void check(String path) throws PatchRejected {
        String reason = problem(path);
        if (reason != null) {
            throw PatchRejected.refused("unsafe path refused: " + reason, path);
        }
    }

    String problem(String path) {
        if (path.isEmpty()) {
            return "empty path";
        }
        if (path.startsWith("/")) {
            return "absolute path";
        }
        if (path.endsWith("/")) {
            return "path ends with '/'";
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == 0 || c == '\n' || c == '\r' || c == '\\') {
                return "forbidden character in path";
            }
        }
        for (String component : path.split("/", -1)) {
            if (component.isEmpty()) {
                return "empty path component";
            }
            if (component.equals(".") || component.equals("..")) {
                return "'" + component + "' component";
            }
            if (isDotGit(component)) {
                return "'.git' component";
            }
        }
        try {
            macChecker.checkPath(path);
        } catch (CorruptObjectException e) {
            return e.getMessage();
        }
        return null;
    }

    /** {@code .git} as Windows (NTFS trailing dots and spaces, 8.3 name, stream suffix) or any case. */
    static boolean isDotGit(String component) {
        String c = component.toLowerCase(Locale.ROOT);
        int colon = c.indexOf(':');
        if (colon >= 0) {
            c = c.substring(0, colon);
        }
        int end = c.length();
        while (end > 0 && (c.charAt(end - 1) == '.' || c.charAt(end - 1) == ' ')) {
            end--;
        }
        c = c.substring(0, end);
        return c.equals(".git") || c.equals("git~1");
    }
}
