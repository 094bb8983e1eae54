package io.jenkins.plugins.patchworkci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input gets one line naming the file, message or host and the reason, never a stack trace
 * (unless --debug), and the exit code docs/cli.md gives: git's 128 for {@code pwci am}.
 */
class BadInputTest {

    @TempDir
    Path tmp;

    Path repo;
    Path patches;
    Path threaded;

    /** A repository with three commits on top of its base, and those three as git format-patch wrote them. */
    @BeforeEach
    void repository() throws Exception {
        repo = Files.createDirectories(tmp.resolve("repo"));
        GitRepo.in(repo).run("init", "-q", "-b", "main");
        GitRepo.in(repo).run("config", "user.name", "Ann Author");
        GitRepo.in(repo).run("config", "user.email", "ann@example.org");
        Files.writeString(repo.resolve("f"), "0\n");
        GitRepo.in(repo).run("add", "f");
        GitRepo.in(repo).run("commit", "-q", "-m", "base");
        for (int i = 1; i <= 3; i++) {
            Files.writeString(repo.resolve("f"), "0\n" + i + "\n");
            GitRepo.in(repo).run("commit", "-q", "-a", "-m", "f: step " + i);
        }
        patches = tmp.resolve("outgoing");
        // no --thread: no Message-ID, no In-Reply-To, as git format-patch writes by default
        GitRepo.in(repo).run("format-patch", "-q", "--no-thread", "-o", patches.toString(), "HEAD~3..HEAD");
        threaded = tmp.resolve("threaded");
        GitRepo.in(repo).run("format-patch", "-q", "--thread", "-o", threaded.toString(), "HEAD~3..HEAD");
        GitRepo.in(repo).run("reset", "-q", "--hard", "HEAD~3");
    }

    private Path firstPatch() throws IOException {
        try (Stream<Path> s = Files.list(patches)) {
            return s.sorted().findFirst().orElseThrow();
        }
    }

    private static void assertOneLine(Cli r, String command) {
        assertThat(r.err().lines().toList()).as(r.toString()).hasSize(1);
        assertThat(r.err()).as(r.toString()).startsWith(command + ": ").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void amSaysInOneLineWhyAFileIsNotAPatch() throws Exception {
        byte[] noise = new byte[100_000];
        new Random(15).nextBytes(noise);
        Path binary = Files.write(tmp.resolve("noise.bin"), noise);
        Path text = Files.writeString(tmp.resolve("notes.txt"), "hello, this is not mail\n");
        String patch = Files.readString(firstPatch());
        // cut after the hunk's context line, before the line it adds: the hunk counts 2 new lines, has 1
        Path truncated = Files.writeString(tmp.resolve("cut.mbox"), patch.substring(0, patch.indexOf("\n+", patch.indexOf("@@ ")) + 1));
        int body = patch.indexOf("\n\n") + 2;
        Path longLine = Files.writeString(tmp.resolve("long.mbox"),
                patch.substring(0, body) + "x".repeat(10_000_000) + "\n" + patch.substring(body));

        record Case(Path file, String reason) {}
        for (Case c : List.of(new Case(binary, "not a mail: binary data"),
                new Case(text, "not a mail: no From, Subject or Date header"),
                new Case(truncated, "truncated diff"),
                new Case(longLine, "a line longer than 524288 bytes"))) {
            Cli r = Cli.run("am", "-C", repo.toString(), c.file().toString());
            assertThat(r.exit()).as(r.toString()).isEqualTo(ErrorReport.GIT_FATAL);
            assertOneLine(r, "pwci am");
            assertThat(r.err()).contains(c.file().toString()).contains("message 1").contains(c.reason())
                    .doesNotContain("no From header");
        }
        Cli debug = Cli.run("am", "--debug", "-C", repo.toString(), binary.toString());
        assertThat(debug.exit()).isEqualTo(ErrorReport.GIT_FATAL);
        assertThat(debug.err()).startsWith("pwci am: ").contains("java.io.IOException").contains("\tat ");
    }

    @Test
    void anEmptyMailboxIsNoMailNotAnEmptyTable() throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.mbox"));
        Cli series = Cli.run("series", empty.toString());
        assertThat(series.exit()).as(series.toString()).isEqualTo(ExitCode.SOURCE);
        assertThat(series.out()).isEmpty();
        assertOneLine(series, "pwci series");
        assertThat(series.err()).contains("no mail in " + empty);

        Cli am = Cli.run("am", "-C", repo.toString(), empty.toString());
        assertThat(am.exit()).as(am.toString()).isEqualTo(ErrorReport.GIT_FATAL);
        assertOneLine(am, "pwci am");
        assertThat(am.err()).contains("no mail in " + empty);
    }

    @Test
    void formatPatchOutputWithoutMessageIdsIsOneSeries() throws Exception {
        Cli folder = Cli.run("series", patches.toString());
        assertThat(folder.exit()).as(folder.toString()).isZero();
        assertThat(folder.err()).isEmpty();
        assertThat(folder.out()).containsPattern("(?m)^\\w{12} +v1 +- +- +3/3 +Ann Author <ann@example.org> +f: step 1$");
        assertThat(folder.out().lines()).hasSize(2);

        Path mbox = tmp.resolve("outgoing.mbox");
        try (Stream<Path> s = Files.list(patches)) {
            for (Path p : s.sorted().toList()) {
                Files.write(mbox, Files.readAllBytes(p), java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            }
        }
        Cli box = Cli.run("series", mbox.toString());
        assertThat(box.exit()).as(box.toString()).isZero();
        assertThat(box.out()).containsPattern("(?m) 3/3 +Ann Author");
        // the same content, the same id on every read
        assertThat(Cli.run("series", mbox.toString()).out()).isEqualTo(box.out());

        Cli applied = Cli.run("apply", patches.toString(), "--repo", repo.toString(), "--branch", "review");
        assertThat(applied.exit()).as(applied.toString()).isZero();
        assertThat(GitRepo.in(repo).run("log", "--format=%s%n%b", "main..review"))
                .contains("f: step 1", "f: step 2", "f: step 3").doesNotContain("Link:").doesNotContain("invalid");
    }

    @Test
    void aNetworkFailureNamesTheHostInOneLine() throws Exception {
        int port = closedPort();
        Cli r = Cli.run("series", "http://127.0.0.1:" + port + "/project/netdevbpf/", "--retries", "0");
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.SOURCE);
        assertOneLine(r, "pwci series");
        assertThat(r.err()).contains("127.0.0.1:" + port + ": cannot connect").contains("GET http://127.0.0.1:" + port + "/api/");
    }

    /**
     * The real process, as a user runs it: standard error holds the one line and nothing else; the
     * JDK's two-line log records of each retry are gone, and with --verbose each retry is one line.
     */
    @Test
    void theProcessPrintsOneLineAndRetriesOnlyWhenVerbose() throws Exception {
        byte[] noise = new byte[100_000];
        new Random(16).nextBytes(noise);
        Path binary = Files.write(tmp.resolve("noise.bin"), noise);
        Proc am = pwci("am", "-C", repo.toString(), binary.toString());
        assertThat(am.exit()).as(am.toString()).isEqualTo(128);
        assertThat(am.err().lines().toList()).as(am.toString())
                .containsExactly("pwci am: message 1 (byte 0) of " + binary + ": not a mail: binary data");

        String url = "http://127.0.0.1:" + closedPort() + "/project/netdevbpf/";
        Proc quiet = pwci("series", url, "--retries", "1");
        assertThat(quiet.exit()).as(quiet.toString()).isEqualTo(ExitCode.SOURCE);
        assertThat(quiet.err().lines().toList()).as(quiet.toString()).singleElement()
                .satisfies(l -> assertThat(l).startsWith("pwci series: 127.0.0.1:").contains("cannot connect"));

        Proc verbose = pwci("series", url, "--retries", "1", "--verbose");
        assertThat(verbose.err().lines().toList()).as(verbose.toString()).hasSize(2);
        assertThat(verbose.err()).containsPattern("(?m)^pwci: 127\\.0\\.0\\.1:\\d+: cannot connect .*; attempt 1 of 2, retrying in 1 s$")
                .doesNotContain("INFO").doesNotContain("RetryingTransport");
    }

    @Test
    void shadowModeSaysWhatItWritesForAMaildir() throws Exception {
        Path maildir = tmp.resolve("maildir");
        Files.createDirectories(maildir.resolve("cur"));
        Files.createDirectories(maildir.resolve("new"));
        try (Stream<Path> s = Files.list(threaded)) {
            for (Path p : s.toList()) {
                Files.copy(p, maildir.resolve("new").resolve(p.getFileName()));
            }
        }
        Path work = tmp.resolve("work");
        Path config = Files.writeString(tmp.resolve("pwci.yaml"), """
                work: %s
                sources:
                  - maildir: %s
                routing:
                  trees:
                    - name: main
                      remote: %s
                      branch: main
                reports:
                  shadow: true
                """.formatted(work, maildir, repo.toUri()));
        Cli r = Cli.run("run", "--once", "--config", config.toString());
        assertThat(r.out()).as(r.toString()).contains("finished [v1] f: step 1");
        String shadow = r.out().lines().filter(l -> l.startsWith("shadow mode:")).findFirst().orElseThrow();
        assertThat(Files.exists(work.resolve("out/would-post.jsonl"))).isFalse();
        assertThat(shadow).doesNotContain("would-post.jsonl").contains("no checks are written")
                .contains("reports go under " + work.resolve("out"));
        try (Stream<Path> s = Files.list(work.resolve("out"))) {
            assertThat(s.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-v1"));
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    record Proc(int exit, String out, String err) {}

    /** {@code pwci} in a process of its own: its real main, System.exit, and the JDK's console logging. */
    private Proc pwci(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Pwci.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(tmp.resolve("out.txt").toFile())
                .redirectError(tmp.resolve("err.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Proc(p.exitValue(), Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
