package io.jenkins.plugins.patchworkci.check;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How programs that come from, or act on, a patched tree are started: the build commands and test
 * suites of {@code pwci run}, {@code build_warnings}' builds, and {@code checkpatch.pl},
 * {@code kernel-doc} and {@code get_maintainer.pl} taken from the tree. A series can rewrite any of
 * them, so every one of them is started by {@link #processFor}: inside the launcher's sandbox
 * ({@code pwci run} uses its configured {@code build.sandbox}, see {@code job.Sandbox#launcher}),
 * or {@linkplain #direct directly} on agents that are themselves disposable, and always in the
 * launcher's {@link BuildEnvironment}.
 */
public interface ToolLauncher {

    /**
     * The launcher of a context that starts no program from a patched tree. Starting one through it
     * is a mistake said at once, rather than a program run in this process's environment.
     */
    ToolLauncher UNSET = new ToolLauncher() {
        @Override
        public List<String> wrap(List<String> command, Path writable, List<Path> readable) {
            throw notGiven();
        }

        @Override
        public BuildEnvironment environment() {
            throw notGiven();
        }

        private IllegalStateException notGiven() {
            return new IllegalStateException(
                    "no ToolLauncher given: programs from a patched tree run only in a BuildEnvironment");
        }
    };

    /** Runs programs unconfined, for agents that are themselves disposable, in {@code environment}. */
    static ToolLauncher direct(BuildEnvironment environment) {
        return new ToolLauncher() {
            @Override
            public List<String> wrap(List<String> command, Path writable, List<Path> readable) {
                return command;
            }

            @Override
            public BuildEnvironment environment() {
                return environment;
            }
        };
    }

    /**
     * The argument list that runs {@code command}. A sandbox lets it write in {@code writable} and in
     * the {@linkplain BuildEnvironment#scratch scratch directory} of its environment, nowhere else.
     *
     * @param command the program and its arguments
     * @param writable the directory the program runs in
     * @param readable further directories it must be able to read (the tree a script comes from,
     *     a scratch directory holding its input)
     */
    List<String> wrap(List<String> command, Path writable, List<Path> readable);

    /** The environment every program started through this launcher gets, and nothing else. */
    BuildEnvironment environment();

    /** The pipeline's time limit for one build, when it sets one; a check's own option wins. */
    default Optional<Duration> buildTimeout() {
        return Optional.empty();
    }

    /**
     * The process that runs {@code command} in {@code directory}: wrapped by this launcher, with its
     * environment and nothing of this process's own. The one way code from a patched tree is started.
     */
    default ProcessBuilder processFor(List<String> command, Path directory, List<Path> readable) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(wrap(command, directory, readable)).directory(directory.toFile());
        return environment().applyTo(pb);
    }
}
