package io.jenkins.plugins.patchworkci.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the real git CLI, the oracle of the differential tests. */
final class GitProcess {

    /** Exit status, stdout and stderr of one git run. */
    record Result(int status, byte[] out, String err) {}

    private GitProcess() {}

    static boolean available() {
        try {
            return run(Path.of("."), null, Map.of(), "--version").status() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    static Result run(Path dir, byte[] stdin, Map<String, String> env, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add("git");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().putAll(env);
        Process p = pb.start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errPump = new Thread(() -> pump(p.getErrorStream(), err));
        errPump.start();
        Thread inPump = new Thread(() -> {
            try (OutputStream o = p.getOutputStream()) {
                if (stdin != null) {
                    o.write(stdin);
                }
            } catch (IOException e) {
                // git may exit before reading all of stdin; its status tells
            }
        });
        inPump.start();
        byte[] out = p.getInputStream().readAllBytes();
        try {
            int status = p.waitFor();
            errPump.join();
            inPump.join();
            return new Result(status, out, err.toString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    static Result check(Path dir, String... args) throws IOException {
        Result r = run(dir, null, Map.of(), args);
        if (r.status() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed: " + r.err());
        }
        return r;
    }

    private static void pump(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // process ended
        }
    }
}
