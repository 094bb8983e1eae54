package io.jenkins.plugins.patchworkci.apply;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RefSpec;
import org.jspecify.annotations.Nullable;

/**
 * One bare mirror per remote URL under a cache directory, so that big trees (the kernel) are
 * cloned once and then fetched incrementally. Uses the {@code git} command when installed (much
 * faster on big packs), JGit otherwise. Fetches of one mirror are serialised by a file lock (other
 * processes) and a lock per mirror (other threads of this one). Work trees for builds are made
 * cheaply from the mirror: {@code git worktree add --detach}, or a JGit checkout of the tree.
 */
public final class MirrorCache {

    private static final Map<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private final Path dir;
    @Nullable
    private final GitExecutable git;

    /** A cache under {@code dir}, using the {@code git} command when there is one. */
    public MirrorCache(Path dir) {
        this(dir, true);
    }

    /** A cache under {@code dir}; {@code useGitCommand=false} forces JGit. */
    public MirrorCache(Path dir, boolean useGitCommand) {
        this.dir = Objects.requireNonNull(dir).toAbsolutePath();
        this.git = useGitCommand ? GitExecutable.find() : null;
    }

    public boolean usesGitCommand() {
        return git != null;
    }

    /** Where the mirror of {@code url} lives: a readable name plus a hash of the whole URL. */
    public Path mirrorPath(String url) {
        String tail = url.replaceAll("/+$", "").replaceAll("\\.git$", "");
        tail = tail.substring(tail.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        if (tail.isEmpty() || tail.startsWith(".")) {
            tail = "repo" + tail;
        }
        return dir.resolve(tail.toLowerCase(Locale.ROOT) + "-" + hash(url).substring(0, 12) + ".git");
    }

    /**
     * Makes the mirror of {@code url} current: cloned the first time, fetched (all refs, pruned)
     * afterwards.
     *
     * @return the mirror's git directory
     */
    public Path update(String url) throws IOException, InterruptedException {
        checkUrl(url);
        Path mirror = mirrorPath(url);
        Files.createDirectories(dir);
        return locked(mirror, () -> {
            if (Files.exists(mirror.resolve("HEAD"))) {
                fetch(url, mirror);
            } else {
                cloneMirror(url, mirror);
            }
            return mirror;
        });
    }

    /** Work under the mirror's locks. */
    private interface Locked<T> {
        T call() throws IOException, InterruptedException;
    }

    /**
     * Runs {@code work} holding the mirror's file lock (other processes) and thread lock (this one).
     * Fetches and work-tree changes both take it: {@code git fetch} reads every work tree's HEAD, and
     * one that {@code git worktree add} or {@code remove} is half-way through fails the fetch.
     */
    private <T> T locked(Path mirror, Locked<T> work) throws IOException, InterruptedException {
        ReentrantLock local = LOCKS.computeIfAbsent(mirror, k -> new ReentrantLock());
        local.lockInterruptibly();
        try (FileChannel ch = FileChannel.open(dir.resolve(mirror.getFileName() + ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = ch.lock()) {
            return work.call();
        } finally {
            local.unlock();
        }
    }

    /** Opens the mirror of {@code url} (after {@link #update}); the caller closes it. */
    public Repository open(String url) throws IOException {
        Path mirror = mirrorPath(url);
        if (!Files.exists(mirror.resolve("HEAD"))) {
            throw new IOException("no mirror of " + url + " yet");
        }
        return new FileRepositoryBuilder().setGitDir(mirror.toFile()).setBare().build();
    }

    /**
     * A detached work tree of {@code commit} at {@code where} (which must not exist), sharing the
     * mirror's objects. Remove it with {@link #removeWorkTree} when the build is done.
     */
    public Path addWorkTree(String url, ObjectId commit, Path where)
            throws IOException, InterruptedException {
        Path mirror = mirrorPath(url);
        if (git != null) {
            locked(mirror, () -> git.run(mirror, "worktree", "add", "--detach", "--", where.toAbsolutePath().toString(),
                    commit.name()));
            return where;
        }
        // JGit: a non-bare repository borrowing the mirror's objects, then a checkout of the tree.
        Files.createDirectories(where);
        try (Repository wt = new FileRepositoryBuilder().setWorkTree(where.toFile())
                .setGitDir(where.resolve(".git").toFile()).build()) {
            wt.create(false);
            Files.writeString(where.resolve(".git/objects/info/alternates"),
                    mirror.resolve("objects").toAbsolutePath() + "\n", StandardCharsets.UTF_8);
            try (RevWalk rw = new RevWalk(wt)) {
                ObjectId empty = wt.newObjectInserter().insert(new org.eclipse.jgit.lib.TreeFormatter());
                new WorkTree(wt).move(empty, rw.parseCommit(commit).getTree());
            }
            org.eclipse.jgit.lib.RefUpdate u = wt.getRefDatabase().newUpdate(org.eclipse.jgit.lib.Constants.HEAD, true);
            u.setNewObjectId(commit);
            u.forceUpdate();
        }
        return where;
    }

    /**
     * Forgets work trees of the mirror of {@code url} whose directories are gone (git's
     * {@code worktree prune}), so a directory deleted by its owner (a workspace cleaned, a checkout
     * replaced) can take a work tree again. Nothing to do for JGit's work trees, which the mirror does
     * not record.
     */
    public void pruneWorkTrees(String url) throws IOException, InterruptedException {
        if (git != null) {
            Path mirror = mirrorPath(url);
            locked(mirror, () -> git.run(mirror, "worktree", "prune"));
        }
    }

    public void removeWorkTree(String url, Path where) throws IOException, InterruptedException {
        if (git != null) {
            Path mirror = mirrorPath(url);
            locked(mirror, () -> git.run(mirror, "worktree", "remove", "--force", "--", where.toAbsolutePath().toString()));
        } else {
            try (var s = Files.walk(where)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private void cloneMirror(String url, Path mirror) throws IOException, InterruptedException {
        Path partial = mirror.resolveSibling(mirror.getFileName() + ".partial");
        DirectoryTree.deleteIfExists(partial);
        if (git != null) {
            git.run(dir, "clone", "--mirror", "--quiet", "--", url, partial.toString());
        } else {
            try (Git g = Git.cloneRepository().setURI(url).setBare(true).setMirror(true)
                    .setGitDir(partial.toFile()).call()) {
                // cloned
            } catch (GitAPIException e) {
                throw new IOException("cannot clone " + url + ": " + e.getMessage(), e);
            }
        }
        // Only a finished clone gets the real name: an interrupted one is never mistaken for a mirror.
        Files.move(partial, mirror);
    }

    private void fetch(String url, Path mirror) throws IOException, InterruptedException {
        if (git != null) {
            git.run(mirror, "fetch", "--prune", "--quiet", "--", url, "+refs/*:refs/*");
            return;
        }
        try (Repository r = new FileRepositoryBuilder().setGitDir(mirror.toFile()).setBare().build(); Git g = new Git(r)) {
            g.fetch().setRemote(url).setRefSpecs(List.of(new RefSpec("+refs/*:refs/*")))
                    .setRemoveDeletedRefs(true).call();
        } catch (GitAPIException e) {
            throw new IOException("cannot fetch " + url + ": " + e.getMessage(), e);
        }
    }

    /** A URL must not be read as an option, nor use a transport that runs commands. */
    private static void checkUrl(String url) throws IOException {
        if (url.isEmpty() || url.startsWith("-") || url.contains("\n") || url.regionMatches(true, 0, "ext::", 0, 5)) {
            throw new IOException("refusing repository URL: " + url);
        }
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
