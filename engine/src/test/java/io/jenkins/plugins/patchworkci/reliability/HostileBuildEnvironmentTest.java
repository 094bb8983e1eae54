package io.jenkins.plugins.patchworkci.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.apply.MirrorCache;
import io.jenkins.plugins.patchworkci.check.CheckRegistry;
import io.jenkins.plugins.patchworkci.check.CheckResult;
import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.demo.DemoWorkspace;
import io.jenkins.plugins.patchworkci.intake.SeriesOrigin;
import io.jenkins.plugins.patchworkci.intake.SeriesReader;
import io.jenkins.plugins.patchworkci.job.Bubblewrap;
import io.jenkins.plugins.patchworkci.job.Sandbox;
import io.jenkins.plugins.patchworkci.report.Run;
import io.jenkins.plugins.patchworkci.run.RunConfig;
import io.jenkins.plugins.patchworkci.run.SeriesRun;
import io.jenkins.plugins.patchworkci.series.Series;
import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue #15, tested the way an attacker would: a series whose Makefile, checkpatch.pl and test
 * script write to {@code $HOME}, {@code ~/.ssh}, {@code $TMPDIR} and {@code /tmp}, through the whole
 * {@code pwci run} job (per-patch build, series build, {@code build_warnings}, checkpatch from the
 * patched tree, a test suite). Nothing may land in the operator's home or in the published report
 * folder; the scratch the run gave them is gone afterwards; and under bubblewrap nothing lands
 * anywhere but that scratch, while the build still succeeds.
 *
 * <p>Under {@code sandbox: none}, /tmp is the one place outside the scratch such a build still
 * reaches (any process can write there); the test says so rather than hiding it.
 */
class HostileBuildEnvironmentTest {

    private static final Pattern SEEN = Pattern.compile("seen HOME=(\\S+) TMPDIR=(\\S*)");

    @TempDir
    Path tmp;

    private final String probe = "pwci-probe-" + UUID.randomUUID();
    private final List<Path> mayLand = new ArrayList<>();

    @AfterEach
    void removeWhatEscaped() throws IOException {
        // A failing run (the code before the fix) writes into the real home and /tmp: clean up after it.
        for (Path p : mayLand) {
            Files.deleteIfExists(p);
        }
    }

    @ParameterizedTest
    @EnumSource(Sandbox.class)
    void aSeriesWritingToHomeTmpAndSshLeavesNothingOutsideTheRunsScratch(Sandbox sandbox) throws Exception {
        if (sandbox == Sandbox.BUBBLEWRAP) {
            Bubblewrap.require();
        }
        Path home = Path.of(System.getProperty("user.home"));
        Path envHome = Path.of(System.getenv().getOrDefault("HOME", home.toString()));
        Path systemTmp = Path.of("/tmp");
        for (Path h : new java.util.LinkedHashSet<>(List.of(home, envHome))) {
            mayLand.add(h.resolve("where-" + probe + ".txt"));
            mayLand.add(h.resolve(".ssh").resolve(probe));
        }
        mayLand.add(systemTmp.resolve(probe + "-tmp"));
        mayLand.add(systemTmp.resolve(probe + "-tmpdir"));
        mayLand.add(Path.of("/" + probe + "-tmpdir"));

        DemoWorkspace demo = DemoWorkspace.create(tmp.resolve("demo"));
        Path mbox = hostileSeries(demo);
        String yaml = Files.readString(demo.config());
        String hostile = yaml.replace("  perPatch:\n    - [make, -s]\n", "  perPatch:\n    - [make, -s]\n"
                        + "  commands:\n    - [make, -s]\n"
                        + "  tests:\n    - {name: selftests, command: [sh, scripts/attack.sh, tests], onBase: false}\n"
                        + "  sandbox: " + sandbox.name().toLowerCase(Locale.ROOT) + "\n")
                .replace("checkpatch: {enabled: false}", "checkpatch: {enabled: true}");
        assertThat(hostile).isNotEqualTo(yaml).doesNotContain("checkpatch: {enabled: false}");
        Files.writeString(demo.config(), hostile);
        RunConfig config = RunConfig.read(demo.config(), Map.of());
        SeriesReader.Read read = SeriesReader.withDefaults().read(mbox);
        List<Series> all = SeriesReader.assemble(read.messages()).series();
        Series series = all.stream().filter(s -> !s.patches().isEmpty()).findFirst().orElseThrow();
        SeriesRun job = new SeriesRun(config, new MirrorCache(config.work().resolve("mirrors")),
                CheckRegistry.builtIn(), List.of(), Clock.systemUTC());
        Run run = job.call(series, SeriesOrigin.mail("hostile"), read::recipients, all);
        Path published = job.reportDir(series);

        // The code ran, everywhere it runs, and still succeeded (under bubblewrap too: its HOME exists there).
        assertThat(state(run, "build")).as("per-patch build").isEqualTo(CheckState.SUCCESS);
        assertThat(state(run, "build_series")).as("series build").isEqualTo(CheckState.SUCCESS);
        assertThat(state(run, "build_warnings")).isEqualTo(CheckState.SUCCESS);
        assertThat(state(run, "checkpatch")).isEqualTo(CheckState.SUCCESS);
        assertThat(state(run, "selftests")).isEqualTo(CheckState.SUCCESS);
        String logs = allText(published.resolve("logs"));
        Matcher seen = SEEN.matcher(logs);
        assertThat(seen.find()).as("the build said where it wrote: %s", logs).isTrue();
        Path runs = config.work().resolve("runs").toAbsolutePath();
        // (Compared as names: the scratch is gone by now.)
        assertThat(Path.of(seen.group(1)).startsWith(runs)).as("HOME %s is in the run's scratch", seen.group(1)).isTrue();
        assertThat(Path.of(seen.group(2)).startsWith(runs)).as("TMPDIR %s is in the run's scratch", seen.group(2)).isTrue();

        // Nothing in the operator's home, nothing where TMPDIR-respecting tools would have put it.
        for (Path h : new java.util.LinkedHashSet<>(List.of(home, envHome))) {
            assertThat(h.resolve("where-" + probe + ".txt")).doesNotExist();
            assertThat(h.resolve(".ssh").resolve(probe)).doesNotExist();
        }
        assertThat(systemTmp.resolve(probe + "-tmpdir")).doesNotExist();
        assertThat(Path.of("/" + probe + "-tmpdir")).doesNotExist();
        if (sandbox == Sandbox.BUBBLEWRAP) {
            assertThat(systemTmp.resolve(probe + "-tmp")).as("bubblewrap's /tmp is private").doesNotExist();
        } else {
            assertThat(systemTmp.resolve(probe + "-tmp")).as("without a sandbox /tmp is shared: docs/security.md")
                    .exists();
        }
        // Nothing in the published folder, and the scratch removed with the run: no probe anywhere.
        try (Stream<Path> files = Files.walk(demo.root())) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.contains(probe))).isEmpty();
        }
        try (Stream<Path> files = Files.walk(published)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("home", ".ssh");
        }
        try (Stream<Path> files = Files.walk(runs)) {
            assertThat(files.map(p -> runs.relativize(p).toString()).filter(n -> n.contains("scratch"))).isEmpty();
        }
        // A web server running as another user can read what was published, where the umask lets
        // others read new files (022 here: 0644 files, 0755 folders).
        Path umaskProbe = Files.createFile(tmp.resolve("umask-probe"));
        if (Files.getPosixFilePermissions(umaskProbe).contains(PosixFilePermission.OTHERS_READ)) {
            try (Stream<Path> files = Files.walk(published)) {
                for (Path p : files.toList()) {
                    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                    assertThat(perms).as("%s", published.relativize(p)).contains(PosixFilePermission.OTHERS_READ);
                    if (Files.isDirectory(p)) {
                        assertThat(perms).as("%s", p).contains(PosixFilePermission.OTHERS_EXECUTE);
                    }
                }
            }
        }
    }

    /**
     * One patch for net-next, made with git: a Makefile whose default target also runs the attack,
     * a checkpatch.pl that runs it, and the attack script writing to every place a build might.
     */
    private Path hostileSeries(DemoWorkspace demo) throws IOException, InterruptedException {
        Path clone = tmp.resolve("attacker");
        git(tmp, "clone", "-q", demo.netNextRepository().toString(), clone.toString());
        String attack = "#!/bin/sh\n"
                + "set -e\n"
                + "echo \"seen HOME=$HOME TMPDIR=$TMPDIR\"\n"
                + "echo \"$1\" > \"$HOME/where-" + probe + ".txt\"\n"
                + "mkdir -p ~/.ssh\n"
                + "echo 'ssh-ed25519 AAAA attacker' > ~/.ssh/" + probe + "\n"
                + "echo \"$1\" > \"${TMPDIR:-/tmp}/" + probe + "-tmpdir\"\n"
                + "echo \"$1\" > /tmp/" + probe + "-tmp\n"
                + "if [ \"$1\" = tests ]; then printf 'TAP version 13\\n1..1\\nok 1 attack\\n'; fi\n";
        Files.createDirectories(clone.resolve("scripts"));
        Files.writeString(clone.resolve("scripts/attack.sh"), attack);
        Files.writeString(clone.resolve("scripts/checkpatch.pl"), "#!/usr/bin/perl\n"
                + "system('sh', 'scripts/attack.sh', 'checkpatch') == 0 or die \"attack failed\\n\";\n"
                + "my $n = () = <STDIN>;\n"
                + "print \"total: 0 errors, 0 warnings, 0 checks, $n lines checked\\n\";\n");
        String makefile = Files.readString(clone.resolve("Makefile"));
        Files.writeString(clone.resolve("Makefile"), "all: demo attack\n\n.PHONY: attack\nattack:\n"
                + "\t@sh scripts/attack.sh make\n\n" + makefile);
        git(clone, "add", "-A");
        git(clone, "-c", "user.name=Mallory Example", "-c", "user.email=mallory@demo.example.org", "commit", "-q",
                "-m", "build: tidy the Makefile\n\nSigned-off-by: Mallory Example <mallory@demo.example.org>");
        Path mails = tmp.resolve("mails");
        git(clone, "format-patch", "-q", "--thread", "--subject-prefix=PATCH net-next", "-o", mails.toString(), "-1");
        Path mbox = tmp.resolve("hostile.mbox");
        try (Stream<Path> files = Files.list(mails)) {
            for (Path m : files.sorted().toList()) {
                Files.write(mbox, Files.readAllBytes(m), java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            }
        }
        return mbox;
    }

    /** git in {@code dir}, as Ann Author (test-support's {@link GitRepo}: the real git, a clean environment). */
    private static void git(Path dir, String... args) {
        GitRepo.in(dir).run(args);
    }

    private static String allText(Path dir) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                text.append(Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        return text.toString();
    }

    private static CheckState state(Run run, String check) {
        List<CheckState> states = new ArrayList<>();
        run.results().stream().filter(r -> r.check().equals(check)).map(CheckResult::state).forEach(states::add);
        run.seriesResults().stream().filter(r -> r.check().equals(check)).map(r -> r.state()).forEach(states::add);
        assertThat(states).as("%s ran: %s %s", check, run.results(), run.seriesResults()).isNotEmpty();
        return states.stream().reduce(CheckState.SUCCESS, CheckState::worst);
    }
}
