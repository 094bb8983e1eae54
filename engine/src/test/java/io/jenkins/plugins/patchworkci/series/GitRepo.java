package io.jenkins.plugins.patchworkci.series;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Test-only: a real git repository driven by the git CLI, to produce series the way developers
 * do ({@code git format-patch --cover-letter --thread=... -v N --in-reply-to=...}).
 */
final class GitRepo {

    private static final String ENV_DATE = "2026-11-20T10:00:00+00:00";
    final Path dir;

    GitRepo(Path dir) throws IOException, InterruptedException {
        this.dir = dir;
        git("init", "-q", "-b", "main");
        git("config", "user.name", "Ada Lovelace");
        git("config", "user.email", "ada@example.org");
        git("config", "commit.gpgsign", "false");
        Files.writeString(dir.resolve("README"), "base\n");
        git("add", "README");
        commitAll("Initial commit", "");
        git("tag", "base");
    }

    /** Writes {@code content} to {@code file} and commits with a subject and body (trailers included). */
    String commit(String file, String content, String subject, String body) throws IOException, InterruptedException {
        Path p = dir.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        git("add", file);
        return commitAll(subject, body);
    }

    private String commitAll(String subject, String body) throws IOException, InterruptedException {
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
    List<Mail> formatPatch(String tag, String... args) throws IOException, InterruptedException {
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

    String git(String... args) throws IOException, InterruptedException {
        return new String(run(dir, null, prepend("git", args)), StandardCharsets.UTF_8);
    }

    private static String[] prepend(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** Runs a command with optional stdin; fails the test on a non-zero exit. */
    static byte[] run(Path dir, byte[] stdin, String... cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.put("GIT_AUTHOR_DATE", ENV_DATE);
        env.put("GIT_COMMITTER_DATE", ENV_DATE);
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("LC_ALL", "C");
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream o = p.getInputStream()) {
            o.transferTo(out);
        }
        int rc = p.waitFor();
        if (rc != 0) {
            throw new IOException(String.join(" ", cmd) + " exited " + rc);
        }
        return out.toByteArray();
    }
}
