package io.jenkins.plugins.patchworkci.check;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How checks start programs that come from, or act on, a patched tree: {@code checkpatch.pl},
 * {@code kernel-doc} and {@code get_maintainer.pl} taken from the tree, and a build's Makefile.
 * A series can rewrite any of them, so the integrator that runs patched builds in a sandbox hands
 * the checks the same sandbox through this seam ({@code pwci run} uses its configured
 * {@code build.sandbox}); {@link #DIRECT} runs them as they are, for agents that are themselves
 * disposable.
 */
public interface ToolLauncher {

    /** Runs programs directly, unconfined. */
    ToolLauncher DIRECT = (command, writable, readable) -> command;

    /**
     * The argument list that runs {@code command}.
     *
     * @param command the program and its arguments
     * @param writable the directory the program runs in, the one place it may write
     * @param readable further directories it must be able to read (the tree a script comes from,
     *     a scratch directory holding its input)
     */
    List<String> wrap(List<String> command, Path writable, List<Path> readable);

    /** Variables the pipeline sets for its builds ({@code ARCH=}, {@code CC=}), added for a build check. */
    default Map<String, String> buildEnvironment() {
        return Map.of();
    }

    /** The pipeline's time limit for one build, when it sets one; a check's own option wins. */
    default Optional<Duration> buildTimeout() {
        return Optional.empty();
    }
}
