package io.jenkins.plugins.patchworkci.bench.kernel;

import io.jenkins.plugins.patchworkci.bench.process.Command;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * Debian's kernel source as a git repository, made once and kept in a cache directory: the
 * tarball is unpacked and committed on branch {@code base}; a second checkout beside it
 * ({@code ours}, a shared clone) is where our applier works. A half-made cache is never reused:
 * it is built under a temporary name and renamed when complete.
 */
final class KernelTree {

    /** git am's committer: the same as ours, so that identical work makes identical commit ids. */
    static final Map<String, String> GIT_ENV = Map.of("GIT_COMMITTER_NAME", "Bench Committer",
            "GIT_COMMITTER_EMAIL", "bench@example.org", "GIT_COMMITTER_DATE", "1700000000 +0000");

    private final Path dir;

    private KernelTree(Path dir) {
        this.dir = dir;
    }

    Path repo() {
        return dir.resolve("linux");
    }

    Path ours() {
        return dir.resolve("ours");
    }

    /** The cached tree, unpacking and committing {@code tarball} first if the cache has none. */
    static KernelTree open(Path tarball, Path cache) throws IOException, InterruptedException {
        Path dir = cache.resolve("linux-source-6.1-git");
        if (!Files.isDirectory(dir)) {
            Path tmp = cache.resolve("linux-source-6.1-git.partial");
            deleteIfExists(tmp);
            Path linux = Files.createDirectories(tmp.resolve("linux"));
            System.out.println("  unpacking " + tarball + " into " + tmp + " (once; kept for later runs)");
            run(tmp, "tar", "-xJf", tarball.toString(), "-C", linux.toString(), "--strip-components=1");
            run(linux, "git", "init", "-q", "-b", "base");
            // -f: Debian's tarball ends its .gitignore with "/*" (everything); a source tarball has
            // nothing generated to keep out
            run(linux, "git", "add", "-f", "-A", ".");
            run(linux, "git", "commit", "-q", "-m", "linux-source-6.1");
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
        }
        if (!Files.isDirectory(dir.resolve("ours"))) {
            // cloned after the move: a shared clone names its source's objects by absolute path
            Path tmp = dir.resolve("ours.partial");
            deleteIfExists(tmp);
            run(dir, "git", "clone", "-q", "--shared", dir.resolve("linux").toString(), tmp.toString());
            Files.move(tmp, dir.resolve("ours"), StandardCopyOption.ATOMIC_MOVE);
        }
        return new KernelTree(dir);
    }

    static String run(Path cwd, String... cmd) throws IOException, InterruptedException {
        return run(cwd, null, cmd);
    }

    static String run(Path cwd, Path input, String... cmd) throws IOException, InterruptedException {
        return Command.run(cwd, input, GIT_ENV, cmd);
    }

    private static void deleteIfExists(Path p) throws IOException, InterruptedException {
        if (Files.exists(p)) {
            run(p.getParent(), "rm", "-rf", p.toString());
        }
    }
}
