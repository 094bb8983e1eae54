package io.jenkins.plugins.patchworkci.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A folder the real git command works in, as the tests' oracle: every call runs {@code git} there with a
 * clean environment (no {@code GIT_*} variable of the caller, no system or global configuration, no
 * signing), as one author, and fails with git's own output when git fails. One helper instead of a
 * private {@code git(...)} per test class.
 */
public final class GitRepo {

    private static final long TIMEOUT_SECONDS = 120;

    private final Path dir;
    private final String name;
    private final String email;

    private GitRepo(Path dir, String name, String email) {
        this.dir = dir;
        this.name = name;
        this.email = email;
    }

    /** Git in {@code dir} (which must exist), committing as Ann Author. */
    public static GitRepo in(Path dir) {
        return new GitRepo(dir, "Ann Author", "ann@example.org");
    }

    /** The same folder, committing as this author. */
    public GitRepo as(String authorName, String authorEmail) {
        return new GitRepo(dir, authorName, authorEmail);
    }

    public Path dir() {
        return dir;
    }

    /** Runs {@code git args...}; its standard output and error, as git wrote them. */
    public String run(String... args) {
        return run(Map.of(), args);
    }

    /** Runs {@code git args...} with these environment variables added (e.g. {@code GIT_COMMITTER_DATE}). */
    public String run(Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=" + name, "-c", "user.email=" + email,
                "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false", "-c", "advice.detachedHead=false"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("GIT_"));
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("git " + String.join(" ", args) + " in " + dir + ": no end after "
                        + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("git " + String.join(" ", args) + " in " + dir + " failed ("
                        + p.exitValue() + "): " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while git " + String.join(" ", args) + " ran", e);
        }
    }
}
