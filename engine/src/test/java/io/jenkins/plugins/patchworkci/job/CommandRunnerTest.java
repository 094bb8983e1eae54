package io.jenkins.plugins.patchworkci.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.patchworkci.check.BuildEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandRunnerTest {

    @TempDir
    Path tmp;

    /** A runner whose commands run in {@code sandbox}, in a build environment under {@code dir}/scratch. */
    static CommandRunner runner(Sandbox sandbox, Duration timeout, Map<String, String> env, Path dir) throws IOException {
        return new CommandRunner(sandbox.launcher(BuildEnvironment.in(dir.resolve("scratch"), env), timeout), timeout);
    }

    @Test
    void commandsSeeOnlyTheEnvironmentWeGiveThem() throws Exception {
        CommandRunner runner = runner(Sandbox.NONE, Duration.ofSeconds(30), Map.of("ARCH", "x86_64"), tmp);
        CommandResult r = runner.run(List.of("env"), tmp, tmp.resolve("logs/env.log"));
        assertThat(r.succeeded()).isTrue();
        Set<String> names = new TreeSet<>();
        Arrays.stream(r.output().split("\n")).filter(l -> l.contains("=")).forEach(l -> names.add(l.substring(0, l.indexOf('='))));
        assertThat(names).containsExactlyInAnyOrder("PATH", "HOME", "TMPDIR", "LANG", "ARCH");
        assertThat(Files.readString(r.log())).contains("ARCH=x86_64", "HOME=" + tmp.resolve("scratch/home") + "\n",
                "TMPDIR=" + tmp.resolve("scratch/tmp") + "\n");
        assertThat(tmp.resolve("logs/home")).as("no HOME beside the published logs").doesNotExist();
    }

    /**
     * Under bubblewrap the build's HOME and TMPDIR exist and are writable (they are the run's
     * scratch, bound into the sandbox), and /tmp is private: a build writing to all three succeeds,
     * and what it wrote is in the scratch, or gone with the sandbox.
     */
    @Test
    void bubblewrapLetsABuildWriteItsHomeAndTmpdirInTheScratch() throws Exception {
        Bubblewrap.require();
        Path tree = Files.createDirectories(tmp.resolve("tree"));
        String probe = "pwci-home-probe-" + ProcessHandle.current().pid();
        CommandResult r = runner(Sandbox.BUBBLEWRAP, Duration.ofSeconds(30), Map.of(), tmp).run(List.of("sh", "-c",
                "set -e; echo h > \"$HOME/" + probe + "\"; mkdir -p ~/.ssh; echo k > ~/.ssh/" + probe
                        + "; echo t > \"$TMPDIR/" + probe + "\"; echo p > /tmp/" + probe),
                tree, tmp.resolve("logs/home.log"));
        assertThat(r.succeeded()).as(r.output()).isTrue();
        assertThat(tmp.resolve("scratch/home/" + probe)).hasContent("h");
        assertThat(tmp.resolve("scratch/home/.ssh/" + probe)).hasContent("k");
        assertThat(tmp.resolve("scratch/tmp/" + probe)).hasContent("t");
        assertThat(Path.of("/tmp", probe)).doesNotExist();
    }

    @Test
    void aCommandThatRunsTooLongIsStopped() throws Exception {
        CommandRunner runner = runner(Sandbox.NONE, Duration.ofMillis(500), Map.of(), tmp);
        CommandResult r = runner.run(List.of("sh", "-c", "echo started; sleep 30"), tmp, tmp.resolve("logs/sleep.log"));
        assertThat(r.timedOut()).isTrue();
        assertThat(r.succeeded()).isFalse();
        assertThat(r.duration()).isLessThan(Duration.ofSeconds(15));
        assertThat(r.output()).contains("started");
        assertThat(r.summary()).contains("stopped after the time limit");
    }

    @Test
    void stoppingARunKillsTheWholeProcessTree() throws Exception {
        interruptKillsEverything(Sandbox.NONE);
    }

    @Test
    void stoppingARunKillsTheWholeProcessTreeInsideBubblewrap() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/bwrap")), "bubblewrap missing: apt-get install bubblewrap");
        interruptKillsEverything(Sandbox.BUBBLEWRAP);
    }

    /**
     * A command that leaves a grandchild sleeping (as make leaves a compiler) is interrupted: every
     * process under it, seen from here whatever their pids inside a sandbox, is gone afterwards.
     */
    private void interruptKillsEverything(Sandbox sandbox) throws Exception {
        Path tree = Files.createDirectories(tmp.resolve("tree-" + sandbox));
        CommandRunner runner = runner(sandbox, Duration.ofSeconds(120), Map.of(), tmp);
        java.util.concurrent.atomic.AtomicReference<Throwable> thrown = new java.util.concurrent.atomic.AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                runner.run(List.of("sh", "-c", "(sleep 300; echo late) & sleep 300 & echo started > started; wait"),
                        tree, tmp.resolve("logs-" + sandbox + "/x.log"));
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.start();
        for (int i = 0; i < 200 && !Files.exists(tree.resolve("started")); i++) {
            Thread.sleep(50);
        }
        assertThat(tree.resolve("started")).exists();
        Thread.sleep(200);
        List<ProcessHandle> under = ProcessHandle.current().descendants()
                .filter(h -> h.info().command().map(c -> c.endsWith("sleep") || c.endsWith("sh") || c.endsWith("bwrap"))
                        .orElse(false))
                .toList();
        assertThat(under.stream().filter(h -> h.info().command().orElse("").endsWith("sleep"))).hasSizeGreaterThanOrEqualTo(2);
        t.interrupt();
        t.join(20_000);
        assertThat(t.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        for (ProcessHandle h : under) {
            for (int i = 0; i < 100 && h.isAlive(); i++) {
                Thread.sleep(50);
            }
            assertThat(h.isAlive()).as("%s %s", h.pid(), h.info().commandLine().orElse("")).isFalse();
        }
    }

    @Test
    void aMissingProgramIsAResultNotACrash() throws Exception {
        CommandRunner runner = runner(Sandbox.NONE, Duration.ofSeconds(5), Map.of(), tmp);
        CommandResult r = runner.run(List.of("/nonexistent/pwci-no-such-tool"), tmp, tmp.resolve("logs/x.log"));
        assertThat(r.succeeded()).isFalse();
        assertThat(r.summary()).contains("could not start");
    }

    @Test
    void onlyTheTailOfAHugeOutputIsKeptInMemory() throws Exception {
        CommandRunner runner = runner(Sandbox.NONE, Duration.ofSeconds(60), Map.of(), tmp);
        CommandResult r = runner.run(List.of("sh", "-c", "head -c 6000000 /dev/zero | tr '\\\\0' a; echo; echo last-line"),
                tmp, tmp.resolve("logs/big.log"));
        assertThat(r.output()).startsWith("[... ").endsWith("last-line\n");
        assertThat(r.output().length()).isLessThanOrEqualTo(CommandRunner.KEPT_OUTPUT + 100);
        assertThat(Files.size(r.log())).isGreaterThan(6_000_000L);
    }

    @Test
    void bubblewrapKeepsTheSystemReadOnlyAndTheNetworkAway() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/bwrap")), "bubblewrap missing: apt-get install bubblewrap");
        Path tree = Files.createDirectories(tmp.resolve("tree"));
        CommandRunner runner = runner(Sandbox.BUBBLEWRAP, Duration.ofSeconds(30), Map.of(), tmp);
        CommandResult r = runner.run(List.of("sh", "-c",
                "echo built > out.txt; (echo x > /etc/pwci-escape) 2>/dev/null && echo ESCAPED; "
                        + "echo private > /tmp/pwci-sandbox-probe; grep -c : /proc/net/dev"),
                tree, tmp.resolve("logs/bwrap.log"));
        assertThat(r.output()).doesNotContain("ESCAPED");
        assertThat(Files.readString(tree.resolve("out.txt"))).isEqualTo("built\n");
        assertThat(Path.of("/etc/pwci-escape")).doesNotExist();
        assertThat(Path.of("/tmp/pwci-sandbox-probe")).doesNotExist();
        // /proc/net/dev lists only the loopback device in a new network namespace.
        assertThat(r.output().strip()).endsWith("1");
    }
}
