package io.jenkins.plugins.patchworkci.mail;

import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The real git CLI as the mail package's differential tests run it: test-support's {@link GitRepo}, with
 * the identity git itself finds (the corpus sets its own in the repository) and in the {@code C.UTF-8}
 * locale, which mailinfo's charset handling depends on.
 */
final class GitProcess {

    private GitProcess() {}

    static boolean available() {
        try {
            return run(Path.of("."), null, Map.of(), "--version").status() == 0;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    static GitRepo.Result run(Path dir, byte[] stdin, Map<String, String> env, String... args) {
        Map<String, String> all = new HashMap<>(Map.of("LC_ALL", "C.UTF-8"));
        all.putAll(env);
        return GitRepo.in(dir).withoutIdentity().exec(stdin, all, args);
    }

    static GitRepo.Result check(Path dir, String... args) throws IOException {
        GitRepo.Result r = run(dir, null, Map.of(), args);
        if (r.status() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed: " + r.err());
        }
        return r;
    }
}
