package io.jenkins.plugins.patchworkci.series;

import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Test-only: a developer's repository, committing as Ada Lovelace and writing series the way developers do
 * ({@code git format-patch --cover-letter --thread=... -v N --in-reply-to=...}). Git runs through
 * test-support's {@link GitRepo} (no system or global configuration), at a fixed date in the C locale.
 */
final class DeveloperRepo {

    private static final String ENV_DATE = "2026-11-20T10:00:00+00:00";
    private static final Map<String, String> ENV = Map.of("GIT_AUTHOR_DATE", ENV_DATE, "GIT_COMMITTER_DATE", ENV_DATE,
            "LC_ALL", "C");
    final Path dir;

    DeveloperRepo(Path dir) throws IOException {
        this.dir = dir;
        git("init", "-q", "-b", "main");
        // in the repository's configuration, not per call: b4 and the tests' own git calls there see it too
        git("config", "user.name", "Ada Lovelace");
        git("config", "user.email", "ada@example.org");
        git("config", "commit.gpgsign", "false");
        Files.writeString(dir.resolve("README"), "base\n");
        git("add", "README");
        commitAll("Initial commit", "");
        git("tag", "base");
    }

    /** Writes {@code content} to {@code file} and commits with a subject and body (trailers included). */
    String commit(String file, String content, String subject, String body) throws IOException {
        Path p = dir.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        git("add", file);
        return commitAll(subject, body);
    }

    private String commitAll(String subject, String body) throws IOException {
        String message = body.isEmpty() ? subject + "\n" : subject + "\n\n" + body;
        Path msg = Files.createTempFile(dir.getParent(), "msg", ".txt");
        Files.writeString(msg, message);
        git("commit", "-q", "--cleanup=verbatim", "-F", msg.toString());
        return git("rev-parse", "HEAD").trim();
    }

    /**
     * {@code git format-patch --stdout} with the given arguments, split into mails. Message-IDs
     * that git builds from the commit and the current second are made unique with {@code tag},
     * so that two runs in one second never collide.
     */
    List<Mail> formatPatch(String tag, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("format-patch", "--stdout"));
        cmd.addAll(Arrays.asList(args));
        String out = git(cmd.toArray(String[]::new));
        out = out.replaceAll("\\.\\d{9,11}\\.git\\.", "." + tag + ".git.");
        List<Mail> mails = new ArrayList<>();
        for (Mail m : Mail.splitMbox(out)) {
            // Without --thread git writes no Message-Id; send-email would add one.
            mails.add(m.messageId() != null ? m : m.with("Message-Id", "<" + tag + "-" + mails.size() + "@example.org>"));
        }
        return mails;
    }

    /** {@code git args...} in this repository: its standard output. */
    String git(String... args) {
        return git(dir, null, args);
    }

    /**
     * {@code git args...} in {@code dir} with {@code stdin} (or none), at the fixed date in the C locale: its
     * standard output (its errors apart, as a pipe would take it); fails the test on a non-zero exit.
     */
    static String git(Path dir, byte[] stdin, String... args) {
        return GitRepo.in(dir).withoutIdentity().output(stdin, ENV, args);
    }
}
