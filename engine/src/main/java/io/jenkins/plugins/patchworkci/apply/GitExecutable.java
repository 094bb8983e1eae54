package io.jenkins.plugins.patchworkci.apply;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The {@code git} command, run as a process with an argument list (never a shell) and a
 * sanitized environment: no inherited {@code GIT_*} variable can redirect it to another
 * repository, prompts are off, and only ordinary transports are allowed (no {@code ext::}).
 */
final class GitExecutable {

    private final String program;

    GitExecutable(String program) {
        this.program = program;
    }

    private static volatile Optional<GitExecutable> onPath;

    /** {@link #find()}, asked once per JVM. */
    @Nullable
    static GitExecutable onPath() {
        Optional<GitExecutable> g = onPath;
        if (g == null) {
            g = Optional.ofNullable(find());
            onPath = g;
        }
        return g.orElse(null);
    }

    /** The {@code git} on the PATH, or null when there is none. */
    @Nullable
    static GitExecutable find() {
        GitExecutable git = new GitExecutable("git");
        try {
            git.run(null, "--version");
            return git;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Runs git in {@code dir} (or the current directory); returns stdout; fails with stderr. */
    String run(@Nullable Path dir, String... args) throws IOException, InterruptedException {
        return new String(runBytes(dir, args), StandardCharsets.UTF_8);
    }

    /** As {@link #run}, the output as bytes (diffs need not be UTF-8). */
    byte[] runBytes(@Nullable Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(program);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("GIT_") || k.equals("SSH_ASKPASS"));
        env.put("GIT_TERMINAL_PROMPT", "0");
        env.put("GIT_ALLOW_PROTOCOL", "file:git:http:https:ssh");
        env.put("LC_ALL", "C");
        pb.redirectErrorStream(false);
        Process p = pb.start();
        p.getOutputStream().close();
        StringBuilder err = new StringBuilder();
        Thread t = new Thread(() -> {
            try {
                err.append(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.append(e.getMessage());
            }
        });
        t.start();
        try {
            byte[] out = p.getInputStream().readAllBytes();
            int rc = p.waitFor();
            t.join();
            if (rc != 0) {
                throw new IOException("git " + String.join(" ", args) + " failed (" + rc + "): " + err.toString().strip());
            }
            return out;
        } catch (InterruptedException e) {
            p.destroy();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            throw e;
        }
    }
}
