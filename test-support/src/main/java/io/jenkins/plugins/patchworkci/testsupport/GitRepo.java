package io.jenkins.plugins.patchworkci.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
 * signing), as one author (or, {@link #withoutIdentity}, as git finds one), and fails with git's own output
 * when git fails ({@link #run} with its errors in its output, {@link #output} its standard output alone);
 * {@link #exec} leaves git's exit status, output and errors to the caller, with a standard
 * input, for the differential tests. One helper instead of a private {@code git(...)} per test class.
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

    /**
     * The same folder, with no identity of this helper's: git finds one where it would for a user (the
     * repository's configuration, {@code GIT_AUTHOR_*}/{@code GIT_COMMITTER_*} given to a call), as the
     * differential tests need when the identity is what they compare.
     */
    public GitRepo withoutIdentity() {
        return new GitRepo(dir, null, null);
    }

    /** What one git call did: its exit status, its standard output as bytes, its standard error. */
    public record Result(int status, byte[] out, String err) {
        public String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    /** Runs {@code git args...}; its standard output and error, as git wrote them. */
    public String run(String... args) {
        return run(Map.of(), args);
    }

    /** Runs {@code git args...} with these environment variables added (e.g. {@code GIT_COMMITTER_DATE}). */
    public String run(Map<String, String> env, String... args) {
        ProcessBuilder pb = command(env, args).redirectErrorStream(true);
        Result r = exec(pb, null, args);
        if (r.status() != 0) {
            throw new IllegalStateException("git " + String.join(" ", args) + " in " + dir + " failed ("
                    + r.status() + "): " + r.text());
        }
        return r.text();
    }

    /**
     * Runs {@code git args...}; its standard output alone, as a pipe takes it (its errors apart), for a test
     * that reads what git writes (a patch, a list, a patch id); fails with git's errors when git fails.
     */
    public String output(String... args) {
        return output(null, Map.of(), args);
    }

    /** As {@link #output(String...)}, with {@code stdin} (or none) and these environment variables added. */
    public String output(byte[] stdin, Map<String, String> env, String... args) {
        Result r = exec(stdin, env, args);
        if (r.status() != 0) {
            throw new IllegalStateException("git " + String.join(" ", args) + " in " + dir + " failed ("
                    + r.status() + "): " + r.err());
        }
        return r.text();
    }

    /**
     * Runs {@code git args...} with {@code stdin} (or none) and these environment variables (a null value
     * unsets one); fails only when git cannot be run: its exit status is the caller's to judge, as a
     * differential test compares it.
     */
    public Result exec(byte[] stdin, Map<String, String> env, String... args) {
        return exec(command(env, args), stdin, args);
    }

    /**
     * As {@link #exec}, with git's standard error in its output, in the order git wrote them (as a terminal
     * shows them), for the tests that compare all git said; {@code err} is then empty.
     */
    public Result execMerged(byte[] stdin, Map<String, String> env, String... args) {
        return exec(command(env, args).redirectErrorStream(true), stdin, args);
    }

    private ProcessBuilder command(Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>(List.of("git"));
        if (name != null) {
            cmd.addAll(List.of("-c", "user.name=" + name, "-c", "user.email=" + email));
        }
        cmd.addAll(List.of("-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false", "-c", "advice.detachedHead=false"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        Map<String, String> environment = pb.environment();
        environment.keySet().removeIf(k -> k.startsWith("GIT_"));
        environment.put("GIT_CONFIG_NOSYSTEM", "1");
        environment.put("GIT_CONFIG_GLOBAL", "/dev/null");
        env.forEach((k, v) -> {
            if (v == null) {
                environment.remove(k);
            } else {
                environment.put(k, v);
            }
        });
        return pb;
    }

    private Result exec(ProcessBuilder pb, byte[] stdin, String... args) {
        try {
            Process p = pb.start();
            // stdin and stderr on threads of their own: git may stop reading, or fill a pipe, before it ends
            Thread feeder = new Thread(() -> {
                try (OutputStream in = p.getOutputStream()) {
                    if (stdin != null) {
                        in.write(stdin);
                    }
                } catch (IOException e) {
                    // git exited before reading all of it; its status says why
                }
            });
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread errPump = new Thread(() -> {
                try {
                    p.getErrorStream().transferTo(err);
                } catch (IOException e) {
                    // git ended
                }
            });
            feeder.start();
            errPump.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("git " + String.join(" ", args) + " in " + dir + ": no end after "
                        + TIMEOUT_SECONDS + " s");
            }
            feeder.join();
            errPump.join();
            return new Result(p.exitValue(), out, err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while git " + String.join(" ", args) + " ran", e);
        }
    }
}
