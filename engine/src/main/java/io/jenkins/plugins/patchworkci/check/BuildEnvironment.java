package io.jenkins.plugins.patchworkci.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one environment in which code from a patched tree runs: build commands, per-patch builds,
 * {@code build_warnings}' builds, test suites, and the tree's own {@code checkpatch.pl},
 * {@code kernel-doc} and {@code get_maintainer.pl}. Every process started for them gets exactly
 * these variables ({@link #applyTo}), built here and nowhere else:
 * <ul>
 *   <li>{@code HOME} and {@code TMPDIR} inside a scratch directory of the run, which the caller
 *       keeps outside anything it publishes and removes when the run ends: what a build writes to
 *       {@code ~}, {@code ~/.ssh} or {@code $TMPDIR} lands there, not in the operator's home;</li>
 *   <li>a fixed {@code PATH} and the {@code C} locale;</li>
 *   <li>the variables the configuration names ({@code build.env}), which may replace PATH and the
 *       locale but not HOME or TMPDIR.</li>
 * </ul>
 * Nothing of the process's own environment is passed on: no token, password, credential, agent
 * socket or proxy setting can reach the patched code.
 */
public final class BuildEnvironment {

    /** The programs' search path, unless the configuration names its own. */
    public static final String DEFAULT_PATH = "/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin";

    /** Variables only this class sets: they say where the patched code may write. */
    public static final Set<String> RESERVED = Set.of("HOME", "TMPDIR");

    private final Path scratch;
    private final Map<String, String> configured;

    private BuildEnvironment(Path scratch, Map<String, String> configured) {
        this.scratch = scratch;
        this.configured = Map.copyOf(configured);
    }

    /**
     * The environment whose HOME and TMPDIR are in {@code scratch} (made here if absent).
     *
     * @param scratch a directory of the run, outside any published folder; the caller removes it
     * @param configured the variables the configuration sets for its builds (never secrets)
     * @throws IllegalArgumentException when the configuration sets HOME or TMPDIR
     */
    public static BuildEnvironment in(Path scratch, Map<String, String> configured) throws IOException {
        Objects.requireNonNull(scratch, "scratch");
        for (String name : RESERVED) {
            if (configured.containsKey(name)) {
                throw new IllegalArgumentException(name + " is the run's own scratch directory; build.env cannot set it");
            }
        }
        BuildEnvironment env = new BuildEnvironment(scratch.toAbsolutePath().normalize(), configured);
        env.makeDirectories();
        return env;
    }

    /** The run's scratch directory: HOME and TMPDIR are in it; a sandbox lets the code write here. */
    public Path scratch() {
        return scratch;
    }

    public Path home() {
        return scratch.resolve("home");
    }

    public Path tmp() {
        return scratch.resolve("tmp");
    }

    /** Every variable a process gets, and nothing else. */
    public Map<String, String> variables() {
        Map<String, String> env = new TreeMap<>();
        env.put("PATH", DEFAULT_PATH);
        // The C locale: diagnostics in ASCII, the same on every machine (the warnings a build
        // reports are compared and shown as text). No LC_*, so a configured LANG takes effect.
        env.put("LANG", "C");
        env.putAll(configured);
        env.put("HOME", home().toString());
        env.put("TMPDIR", tmp().toString());
        return env;
    }

    /**
     * Gives {@code pb} this environment, clearing what it inherited from this process. HOME and
     * TMPDIR are made again if an earlier command removed them.
     */
    public ProcessBuilder applyTo(ProcessBuilder pb) throws IOException {
        makeDirectories();
        Map<String, String> env = pb.environment();
        env.clear();
        env.putAll(variables());
        return pb;
    }

    private void makeDirectories() throws IOException {
        Files.createDirectories(home());
        Files.createDirectories(tmp());
    }

    @Override
    public String toString() {
        return "build environment in " + scratch;
    }
}
