package io.jenkins.plugins.patchworkci.jenkins;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code git daemon} on a loopback port, serving every repository below a folder read-only as
 * {@code git://127.0.0.1:<port>/<name>}: how the controller of {@link AdminControllerIT} reaches the pipeline
 * repository and the target tree, as it would reach a git server (no {@code file://} URL, which the git plugin
 * refuses by default).
 */
final class GitDaemon implements AutoCloseable {

    private final Process process;
    private final int port;

    GitDaemon(Path base, Path log) throws IOException, InterruptedException {
        port = JenkinsController.freeLoopbackPort();
        process = new ProcessBuilder(List.of("git", "daemon", "--export-all", "--reuseaddr", "--informative-errors",
                "--listen=127.0.0.1", "--port=" + port, "--base-path=" + base, base.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        JenkinsController.waitFor("git daemon on port " + port, java.time.Duration.ofSeconds(20), () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("git daemon exited with " + process.exitValue() + ": "
                        + JenkinsController.tail(log));
            }
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return true;
            } catch (IOException e) {
                return false;
            }
        });
    }

    /** {@code git://127.0.0.1:<port>}: a repository's URL is this, a slash and its folder's name. */
    String url() {
        return "git://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }
}
