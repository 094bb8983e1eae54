package io.jenkins.plugins.patchworkci.bench.suite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one benchmark's main class in its own JVM, with its own heap limit, so that a heap bound
 * is real (the suite's own heap does not count) and one benchmark's JIT and garbage do not colour
 * the next. Echoes the child's output as it comes and returns it.
 */
public final class ChildJvm {

    private final String maxHeap;

    /** @param maxHeap the child's -Xmx, e.g. "256m" */
    public ChildJvm(String maxHeap) {
        this.maxHeap = maxHeap;
    }

    public String run(Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + maxHeap);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                System.out.println("    | " + l);
                out.append(l).append('\n');
            }
        } finally {
            if (p.isAlive()) {
                p.destroy();
            }
        }
        int rc = p.waitFor();
        if (rc != 0) {
            throw new IOException(main.getSimpleName() + " (-Xmx" + maxHeap + ") exited with " + rc
                    + "; last output: " + tail(out.toString()));
        }
        return out.toString();
    }

    private static String tail(String s) {
        return s.length() <= 600 ? s : s.substring(s.length() - 600);
    }
}
