package io.jenkins.plugins.patchworkci.bench.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** How long a command takes to print its first line: what a user waits before seeing anything. */
final class FirstLine {

    private FirstLine() {
    }

    static double seconds(Path cwd, Path command, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(command.toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true);
        long t0 = System.nanoTime();
        Process p = pb.start();
        double seconds = -1;
        try (InputStream in = p.getInputStream()) {
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n' && seconds < 0) {
                    seconds = (System.nanoTime() - t0) / 1e9;
                }
            }
        }
        p.waitFor();
        if (seconds < 0) {
            throw new IOException(String.join(" ", cmd) + " printed no line");
        }
        return seconds;
    }
}
