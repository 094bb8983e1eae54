package io.jenkins.plugins.patchworkci.apply;

import io.jenkins.plugins.patchworkci.mail.MailInfo;
import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real {@code git} as the oracle of the differential tests: builds histories, formats
 * series, splits mailboxes ({@code git mailsplit}, {@code git mailinfo}) and runs {@code git am}.
 * Runs through test-support's {@code GitRepo} (no system or global configuration) with an empty HOME,
 * so no personal configuration changes git's behaviour.
 */
final class GitCli {

    static final String COMMITTER_NAME = "Cee Committer";
    static final String COMMITTER_EMAIL = "committer@example.org";
    static final String COMMITTER_DATE = "1700000000 +0100";

    final Path dir;
    private final Path home;

    GitCli(Path dir, Path home) {
        this.dir = dir;
        this.home = home;
    }

    static GitCli init(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path home = dir.resolveSibling(dir.getFileName() + ".home");
        Files.createDirectories(home);
        GitCli g = new GitCli(dir, home);
        g.run("init", "-q", "-b", "main");
        return g;
    }

    /** git in this history, as the fixed author and committer, with an empty HOME; test-support's GitRepo runs it. */
    Result exec(byte[] stdin, Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>(Map.of("HOME", home.toString(),
                "GIT_AUTHOR_NAME", "Ann Author", "GIT_AUTHOR_EMAIL", "ann@example.org",
                "GIT_COMMITTER_NAME", COMMITTER_NAME, "GIT_COMMITTER_EMAIL", COMMITTER_EMAIL,
                "GIT_COMMITTER_DATE", COMMITTER_DATE, "TZ", "UTC"));
        env.putAll(extraEnv);
        GitRepo.Result r = GitRepo.in(dir).withoutIdentity().exec(stdin, env, args);
        return new Result(r.status(), r.out(), r.err());
    }

    record Result(int rc, byte[] out, String err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    String run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    String run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Result r = exec(null, env, args);
        if (r.rc != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed (" + r.rc + "): " + r.err + r.text());
        }
        return r.text().strip();
    }

    void write(String path, String content) throws IOException {
        write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    void write(String path, byte[] content) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
    }

    /** Stages everything and commits with the given author date. */
    String commit(String message, String authorDate) throws IOException, InterruptedException {
        run("add", "-A");
        run(Map.of("GIT_AUTHOR_DATE", authorDate), "commit", "-q", "--allow-empty", "-m", message);
        return run("rev-parse", "HEAD");
    }

    /**
     * Splits a mailbox with git's own tools into what the applier takes: mailsplit, then
     * mailinfo on each message (the gold standard the mail package mirrors).
     */
    List<PatchToApply> mailinfo(byte[] mbox, boolean keepCr) throws IOException, InterruptedException {
        Path split = Files.createTempDirectory(home, "split");
        Path box = split.resolve("mbox");
        Files.write(box, mbox);
        List<String> args = new ArrayList<>(List.of("mailsplit", "-o" + split.resolve("m")));
        Files.createDirectories(split.resolve("m"));
        if (keepCr) {
            args.add("--keep-cr");
        }
        args.add(box.toString());
        run(args.toArray(String[]::new));
        List<Path> mails;
        try (Stream<Path> s = Files.list(split.resolve("m"))) {
            mails = s.sorted().toList();
        }
        List<PatchToApply> out = new ArrayList<>();
        for (Path m : mails) {
            Path msg = split.resolve(m.getFileName() + ".msg");
            Path patch = split.resolve(m.getFileName() + ".patch");
            Result r = exec(Files.readAllBytes(m), Map.of(), "mailinfo", msg.toString(), patch.toString());
            if (r.rc != 0) {
                throw new IOException("mailinfo failed: " + r.err);
            }
            String author = "";
            String email = "";
            String subject = "";
            String date = "";
            for (String line : r.text().split("\n")) {
                if (line.startsWith("Author: ")) {
                    author = line.substring(8);
                } else if (line.startsWith("Email: ")) {
                    email = line.substring(7);
                } else if (line.startsWith("Subject: ")) {
                    subject = line.substring(9);
                } else if (line.startsWith("Date: ")) {
                    date = line.substring(6);
                }
            }
            String messageId = null;
            for (String line : new String(Files.readAllBytes(m), StandardCharsets.UTF_8).split("\n")) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("message-id:")) {
                    messageId = line.substring(11).trim().replaceAll("^<|>$", "");
                }
            }
            out.add(new PatchToApply(new MailInfo(author, email, subject, date,
                    Files.readString(msg, StandardCharsets.UTF_8), Files.readAllBytes(patch)), messageId));
        }
        return out;
    }
}
