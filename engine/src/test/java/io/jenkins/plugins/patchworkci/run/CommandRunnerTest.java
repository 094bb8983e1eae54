package io.jenkins.plugins.patchworkci.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

    @Test
    void commandsSeeOnlyTheEnvironmentWeGiveThem() throws Exception {
        CommandRunner runner = new CommandRunner(Sandbox.NONE, Duration.ofSeconds(30), Map.of("ARCH", "x86_64"), false);
        CommandResult r = runner.run(List.of("env"), tmp, tmp.resolve("logs/env.log"));
        assertThat(r.succeeded()).isTrue();
        Set<String> names = new TreeSet<>();
        Arrays.stream(r.output().split("\n")).filter(l -> l.contains("=")).forEach(l -> names.add(l.substring(0, l.indexOf('='))));
        assertThat(names).containsExactlyInAnyOrder("PATH", "HOME", "LANG", "LC_ALL", "ARCH");
        assertThat(Files.readString(r.log())).contains("ARCH=x86_64");
    }

    @Test
    void aCommandThatRunsTooLongIsStopped() throws Exception {
        CommandRunner runner = new CommandRunner(Sandbox.NONE, Duration.ofMillis(500), Map.of(), false);
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
        CommandRunner runner = new CommandRunner(sandbox, Duration.ofSeconds(120), Map.of(), false);
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
        CommandRunner runner = new CommandRunner(Sandbox.NONE, Duration.ofSeconds(5), Map.of(), false);
        CommandResult r = runner.run(List.of("/nonexistent/pwci-no-such-tool"), tmp, tmp.resolve("logs/x.log"));
        assertThat(r.succeeded()).isFalse();
        assertThat(r.summary()).contains("could not start");
    }

    @Test
    void onlyTheTailOfAHugeOutputIsKeptInMemory() throws Exception {
        CommandRunner runner = new CommandRunner(Sandbox.NONE, Duration.ofSeconds(60), Map.of(), false);
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
        CommandRunner runner = new CommandRunner(Sandbox.BUBBLEWRAP, Duration.ofSeconds(30), Map.of(), false);
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
