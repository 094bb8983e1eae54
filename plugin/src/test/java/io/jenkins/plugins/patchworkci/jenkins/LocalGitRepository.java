package io.jenkins.plugins.patchworkci.jenkins;

import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A git repository in a test's temporary directory, made and read with the real {@code git} command
 * (which the git plugin's checkout needs on the controller anyway). Its {@link #url} is a {@code file://}
 * URL: Jenkins fetches the pipeline repository and the engine fetches the target tree from it.
 *
 * <p>Used by the JenkinsRule tests.
 */
final class LocalGitRepository {

    private final Path dir;

    private LocalGitRepository(Path dir) {
        this.dir = dir;
    }

    /** A new repository whose first branch is {@code main}, with a fixed identity so commits are reproducible. */
    static LocalGitRepository init(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        LocalGitRepository repo = new LocalGitRepository(dir);
        repo.git("init", "-q", "-b", "main");
        repo.git("config", "user.name", "Patchwork CI Test");
        repo.git("config", "user.email", "test@example.org");
        repo.git("config", "commit.gpgsign", "false");
        return repo;
    }

    Path dir() {
        return dir;
    }

    String url() {
        return dir.toUri().toString();
    }

    /** Writes the file (creating its directories) and commits it; returns the new commit's id. */
    String commit(String file, String content, String message) throws IOException, InterruptedException {
        Path f = dir.resolve(file);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content, StandardCharsets.UTF_8);
        git("add", "--", file);
        git("commit", "-q", "-m", message);
        return git("rev-parse", "HEAD").strip();
    }

    /** Runs git in the repository; its standard output, or an IOException with what it printed. */
    String git(String... args) throws IOException, InterruptedException {
        return git(dir, args);
    }

    /** Runs git in {@code dir} (test-support's GitRepo, as this repository's identity); what it printed. */
    static String git(Path dir, String... args) throws IOException, InterruptedException {
        return GitRepo.in(dir).as("Patchwork CI Test", "test@example.org").run(args);
    }
}
