package io.jenkins.plugins.patchworkci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.apply.PatchToApply;
import io.jenkins.plugins.patchworkci.apply.SeriesInput;
import io.jenkins.plugins.patchworkci.mail.MailInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code pwci am} against {@code git am} on two clones of one repository. */
class AmCommandTest {

    static final Map<String, String> ENV = Map.of("GIT_COMMITTER_NAME", "Cee Committer",
            "GIT_COMMITTER_EMAIL", "committer@example.org", "GIT_COMMITTER_DATE", "1700000000 +0100");

    @TempDir
    Path tmp;

    record Run(int rc, String out) {}

    Run git(Path dir, byte[] stdin, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("GIT_"));
        pb.environment().put("HOME", tmp.toString());
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("GIT_AUTHOR_NAME", "Ann Author");
        pb.environment().put("GIT_AUTHOR_EMAIL", "ann@example.org");
        pb.environment().putAll(ENV);
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().write(stdin == null ? new byte[0] : stdin);
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out.strip());
    }

    String ok(Path dir, String... args) throws Exception {
        Run r = git(dir, null, Map.of(), args);
        assertThat(r.rc()).as(String.join(" ", args) + ": " + r.out()).isZero();
        return r.out();
    }

    /** git's own mailsplit and mailinfo, standing in for the mail package's parser. */
    SeriesInput gitMailinfo(Path dir) {
        return mailboxes -> {
            try {
                List<PatchToApply> out = new ArrayList<>();
                for (Path box : mailboxes) {
                    Path split = Files.createTempDirectory(tmp, "split");
                    ok(dir, "mailsplit", "-o" + split, box.toAbsolutePath().toString());
                    List<Path> mails;
                    try (Stream<Path> s = Files.list(split)) {
                        mails = s.sorted().toList();
                    }
                    for (Path m : mails) {
                        Path msg = tmp.resolve(m.getFileName() + ".msg");
                        Path patch = tmp.resolve(m.getFileName() + ".patch");
                        Run r = git(dir, Files.readAllBytes(m), Map.of(), "mailinfo", msg.toString(), patch.toString());
                        Map<String, String> h = new java.util.HashMap<>();
                        for (String line : r.out().split("\n")) {
                            int c = line.indexOf(": ");
                            if (c > 0) {
                                h.put(line.substring(0, c), line.substring(c + 2));
                            }
                        }
                        out.add(PatchToApply.of(new MailInfo(h.getOrDefault("Author", ""), h.getOrDefault("Email", ""),
                                h.getOrDefault("Subject", ""), h.getOrDefault("Date", ""), Files.readString(msg),
                                Files.readAllBytes(patch))));
                    }
                }
                return out;
            } catch (Exception e) {
                throw new IOException(e);
            }
        };
    }

    Run pwciAm(Path dir, Path mbox, String... opts) {
        StringWriter out = new StringWriter();
        CommandLine cmd = new CommandLine(new AmCommand(Optional.of(gitMailinfo(dir)), ENV));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(out));
        List<String> args = new ArrayList<>(List.of("-C", dir.toString()));
        args.addAll(List.of(opts));
        args.add(mbox.toString());
        int rc = cmd.execute(args.toArray(String[]::new));
        return new Run(rc, out.toString());
    }

    Path source() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src"));
        ok(src, "init", "-q", "-b", "main");
        Files.writeString(src.resolve("a.txt"), "1\n2\n3\n4\n5\n6\n7\n8\n9\n");
        Files.writeString(src.resolve("run.sh"), "#!/bin/sh\n");
        ok(src, "add", "-A");
        ok(src, "commit", "-q", "-m", "base");
        ok(src, "tag", "base");
        Files.writeString(src.resolve("a.txt"), "1\n2\nthree\n4\n5\n6\n7\n8\n9\n");
        ok(src, "commit", "-q", "-am", "a: three");
        ok(src, "mv", "run.sh", "start.sh");
        Files.setPosixFilePermissions(src.resolve("start.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
        ok(src, "commit", "-q", "-am", "rename and chmod");
        Files.write(src.resolve("data.bin"), new byte[] {0, 1, 2, 3, 0, 5});
        Files.writeString(src.resolve("a.txt"), "1\n2\nthree\n4\n5\n6\n7\n8\nnine\n");
        ok(src, "add", "-A");
        ok(src, "commit", "-q", "-m", "binary and the end of a.txt");
        Files.write(tmp.resolve("series.mbox"), git(src, null, Map.of(), "format-patch", "--stdout", "base..main").out()
                .concat("\n").getBytes(StandardCharsets.UTF_8));
        return src;
    }

    Path clone(Path src, String name) throws Exception {
        ok(tmp, "clone", "-q", src.toString(), name);
        Path c = tmp.resolve(name);
        ok(c, "reset", "-q", "--hard", "base");
        return c;
    }

    @Test
    void sameCommitsIndexAndWorkTreeAsGitAm() throws Exception {
        Path src = source();
        Path mbox = tmp.resolve("series.mbox");
        for (String[] opts : new String[][] {{}, {"-s"}, {"-3", "-s"}}) {
            Path viaGit = clone(src, "git" + opts.length);
            Path viaPwci = clone(src, "pwci" + opts.length);
            List<String> gitArgs = new ArrayList<>(List.of("am", "-q"));
            gitArgs.addAll(List.of(opts));
            gitArgs.add(mbox.toString());
            ok(viaGit, gitArgs.toArray(String[]::new));
            Run r = pwciAm(viaPwci, mbox, opts);
            assertThat(r.rc()).as(r.out()).isZero();
            assertThat(r.out()).contains("Applying: a: three").contains("Applying: rename and chmod");
            assertThat(ok(viaPwci, "rev-parse", "HEAD")).isEqualTo(ok(viaGit, "rev-parse", "HEAD"));
            assertThat(ok(viaPwci, "symbolic-ref", "HEAD")).isEqualTo("refs/heads/main");
            assertThat(ok(viaPwci, "status", "--porcelain", "--untracked-files=all")).isEmpty();
            assertThat(Files.isExecutable(viaPwci.resolve("start.sh"))).isTrue();
            assertThat(viaPwci.resolve("run.sh")).doesNotExist();
        }
    }

    @Test
    void failureKeepsTheAppliedPatchesAndReportsTheHunk() throws Exception {
        Path src = source();
        Path mbox = tmp.resolve("series.mbox");
        Path viaGit = clone(src, "git");
        Path viaPwci = clone(src, "pwci");
        for (Path c : List.of(viaGit, viaPwci)) {
            Files.writeString(c.resolve("a.txt"), "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n");
            ok(c, "commit", "-q", "-am", "tip extends a.txt");
        }
        Run g = git(viaGit, null, Map.of(), "am", mbox.toString());
        assertThat(g.rc()).isNotZero();
        assertThat(g.out()).contains("Patch failed at 0003");
        ok(viaGit, "am", "--abort");
        // git am --abort rewinds; what git had committed before the failure is what pwci keeps.
        Run r = pwciAm(viaPwci, mbox);
        assertThat(r.rc()).isEqualTo(AmCommand.FAILED);
        assertThat(r.out()).contains("patch 3 \"binary and the end of a.txt\"").contains("a.txt")
                .contains("@@ -6,4 +6,4 @@").contains("expected at line 6:").contains("found instead:");
        assertThat(ok(viaPwci, "log", "--format=%s", "-3")).isEqualTo("rename and chmod\na: three\ntip extends a.txt");
        assertThat(ok(viaPwci, "status", "--porcelain", "--untracked-files=all")).isEmpty();
    }

    @Test
    void withoutAMailParserItSaysSo() {
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new AmCommand(Optional.empty(), Map.of()));
        cmd.setErr(new PrintWriter(err));
        assertThat(cmd.execute("x.mbox")).isEqualTo(2);
        assertThat(err.toString()).contains("no mail parser");
        assertThat(Pwci.commandLine().getSubcommands()).containsKey("am");
    }
}
