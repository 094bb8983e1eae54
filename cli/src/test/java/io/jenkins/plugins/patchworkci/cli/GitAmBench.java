package io.jenkins.plugins.patchworkci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.apply.PatchToApply;
import io.jenkins.plugins.patchworkci.apply.SeriesInput;
import io.jenkins.plugins.patchworkci.mail.MailInfo;
import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * {@code git am} and {@code pwci am} side by side, in clones of one repository, with one
 * environment: the differential tests' harness. git runs without the caller's {@code GIT_*}
 * variables, with a fixed committer ({@link #ENV}) and the author variables set (git am ignores
 * them: the mail names the author).
 */
final class GitAmBench {

    static final Map<String, String> ENV = Map.of("GIT_COMMITTER_NAME", "Cee Committer",
            "GIT_COMMITTER_EMAIL", "committer@example.org", "GIT_COMMITTER_DATE", "1700000000 +0100");

    private final Path tmp;

    GitAmBench(Path tmp) {
        this.tmp = tmp;
    }

    record Run(int rc, String out) {}

    /** git as the oracle (test-support's GitRepo, with the identity git itself finds): status and all it said. */
    Run git(Path dir, byte[] stdin, Map<String, String> env, String... args) throws IOException, InterruptedException {
        Map<String, String> all = new HashMap<>(Map.of("HOME", tmp.toString(),
                "GIT_AUTHOR_NAME", "Ann Author", "GIT_AUTHOR_EMAIL", "ann@example.org"));
        all.putAll(ENV);
        all.putAll(env); // a null value unsets the variable
        GitRepo.Result r = GitRepo.in(dir).withoutIdentity().execMerged(stdin, all, args);
        return new Run(r.status(), r.text().strip());
    }

    String ok(Path dir, String... args) throws Exception {
        Run r = git(dir, null, Map.of(), args);
        assertThat(r.rc()).as(String.join(" ", args) + ": " + r.out()).isZero();
        return r.out();
    }

    /** git's own mailsplit and mailinfo, standing in for the mail package's parser. */
    SeriesInput gitMailinfo(Path dir) {
        return new SeriesInput() {
            @Override
            public List<byte[]> messages(List<Path> mailboxes) throws IOException {
                List<byte[]> out = new ArrayList<>();
                for (Path m : split(dir, mailboxes)) {
                    out.add(Files.readAllBytes(m));
                }
                return out;
            }

            @Override
            public List<PatchToApply> read(List<Path> mailboxes) throws IOException {
                return gitMailinfo(dir, split(dir, mailboxes));
            }
        };
    }

    List<Path> split(Path dir, List<Path> mailboxes) throws IOException {
        try {
            List<Path> mails = new ArrayList<>();
            for (Path box : mailboxes) {
                Path split = Files.createTempDirectory(tmp, "split");
                ok(dir, "mailsplit", "-b", "-o" + split, box.toAbsolutePath().toString());
                try (Stream<Path> s = Files.list(split)) {
                    mails.addAll(s.sorted().toList());
                }
            }
            return mails;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    List<PatchToApply> gitMailinfo(Path dir, List<Path> mails) throws IOException {
        try {
            List<PatchToApply> out = new ArrayList<>();
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
            return out;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** pwci am with git's mailsplit and mailinfo as the mail parser. */
    Run pwciAm(Path dir, Path mbox, String... opts) {
        return pwciAm(dir, gitMailinfo(dir), ENV, mbox, opts);
    }

    /** pwci am with the given parser and environment (the same environment {@link #git} gets). */
    Run pwciAm(Path dir, SeriesInput input, Map<String, String> env, Path mbox, String... opts) {
        StringWriter out = new StringWriter();
        CommandLine cmd = new CommandLine(new AmCommand(Optional.of(input), env));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(out));
        List<String> args = new ArrayList<>(List.of("-C", dir.toString()));
        args.addAll(List.of(opts));
        args.add(mbox.toString());
        int rc = cmd.execute(args.toArray(String[]::new));
        return new Run(rc, out.toString());
    }

    /** A repository {@code src} whose first commit, on {@code main} and tagged {@code base}, holds these files. */
    Path source(Map<String, String> files) throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src"));
        ok(src, "init", "-q", "-b", "main");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(src.resolve(f.getKey()), f.getValue());
        }
        ok(src, "add", "-A");
        ok(src, "commit", "-q", "-m", "base");
        ok(src, "tag", "base");
        return src;
    }

    /** A clone of {@code src} with its branch reset to {@code rev}. */
    Path clone(Path src, String name, String rev) throws Exception {
        ok(tmp, "clone", "-q", src.toString(), name);
        Path c = tmp.resolve(name);
        ok(c, "reset", "-q", "--hard", rev);
        return c;
    }
}
