package io.jenkins.plugins.patchworkci.apply;

import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * A checked-out work tree (and its index) moved from one tree to another by rewriting only the
 * files that differ: unchanged files keep their mtimes, so an incremental {@code make} stays
 * incremental when a build moves forward patch by patch. Like {@code git am}, it refuses to
 * overwrite a file with local changes. It never follows a symlink while writing: a directory
 * component that is a symlink or a file in the checkout (left by the old tree) is replaced, and
 * every path is checked by the same rules as patches.
 */
public final class WorkTree {

    private final Repository repo;
    private final Path root;
    private final PathRules rules = new PathRules();
    private final FileWrites writes;

    public WorkTree(Repository repo) {
        this(repo, FileWrites.DIRECT);
    }

    /** A work tree whose file contents go to disk through {@code writes} (a test's full disk). */
    public WorkTree(Repository repo, FileWrites writes) {
        this.repo = Objects.requireNonNull(repo);
        this.writes = Objects.requireNonNull(writes);
        if (repo.isBare()) {
            throw new IllegalArgumentException("a bare repository has no work tree");
        }
        // Absolute: a repository found from "." has a relative work tree, and the escape check compares prefixes.
        this.root = repo.getWorkTree().toPath().toAbsolutePath().normalize();
    }

    /** One path that differs between the two trees. */
    private record Change(String path, FileMode oldMode, ObjectId oldId, FileMode newMode, ObjectId newId) {
        boolean deleted() {
            return newMode == FileMode.MISSING;
        }
    }

    /**
     * Moves the work tree and the index from {@code from} to {@code to} (trees or commits).
     *
     * @return the number of paths written or deleted
     */
    public int move(ObjectId from, ObjectId to) throws IOException {
        List<Change> changes = diff(from, to);
        DirCache index = repo.lockDirCache();
        try {
            checkClean(changes, index);
            DirCacheEditor edit = index.editor();
            for (Change c : changes) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("interrupted while checking out");
                }
                if (c.deleted()) {
                    Path p = resolve(c.path());
                    if (c.oldMode == FileMode.GITLINK) {
                        deleteIfEmptyDirectory(p); // a checked-out submodule stays, as with git
                    } else {
                        Files.deleteIfExists(p);
                    }
                    removeEmptyParents(p.getParent());
                    edit.add(new DirCacheEditor.DeletePath(c.path()));
                }
            }
            try (ObjectReader reader = repo.newObjectReader()) {
                for (Change c : changes) {
                    if (c.deleted()) {
                        continue;
                    }
                    Path p = resolve(c.path());
                    if (c.newMode == FileMode.GITLINK) {
                        // git records a submodule in the index and leaves an empty directory.
                        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                            Files.deleteIfExists(p);
                            Files.createDirectory(p);
                        }
                        edit.add(new DirCacheEditor.PathEdit(c.path()) {
                            @Override
                            public void apply(DirCacheEntry ent) {
                                ent.setFileMode(FileMode.GITLINK);
                                ent.setObjectId(c.newId);
                            }
                        });
                        continue;
                    }
                    try {
                        write(reader, p, c.newMode, c.newId);
                    } catch (InterruptedIOException e) {
                        throw e;
                    } catch (IOException e) {
                        // The index is not written: it still describes the old tree, so nothing trusts this one.
                        throw new IOException("cannot check out " + c.path() + ": " + e.getMessage(), e);
                    }
                    BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    long size = attrs.size(); // of the link itself for a symlink, as git records it
                    long mtime = attrs.lastModifiedTime().toMillis();
                    edit.add(new DirCacheEditor.PathEdit(c.path()) {
                        @Override
                        public void apply(DirCacheEntry ent) {
                            ent.setFileMode(c.newMode);
                            ent.setObjectId(c.newId);
                            ent.setLength(size);
                            ent.setLastModified(java.time.Instant.ofEpochMilli(mtime));
                        }
                    });
                }
            }
            edit.finish();
            index.write();
            index.commit();
        } finally {
            index.unlock();
        }
        return changes.size();
    }

    private List<Change> diff(ObjectId from, ObjectId to) throws IOException {
        List<Change> out = new ArrayList<>();
        try (RevWalk rw = new RevWalk(repo); TreeWalk tw = new TreeWalk(repo)) {
            tw.addTree(rw.parseTree(from));
            tw.addTree(rw.parseTree(to));
            tw.setRecursive(true);
            tw.setFilter(TreeFilter.ANY_DIFF);
            while (tw.next()) {
                String path = tw.getPathString();
                String problem = rules.problem(path);
                if (problem != null) {
                    throw new IOException("refusing to check out " + path + ": " + problem);
                }
                out.add(new Change(path, tw.getFileMode(0), tw.getObjectId(0), tw.getFileMode(1), tw.getObjectId(1)));
            }
        }
        // A file replaced by a directory (or the reverse) shows as two changes; deletions go first.
        return out;
    }

    /** As git am: refuse when a file to be changed differs from the index or the old tree. */
    private void checkClean(List<Change> changes, DirCache index) throws IOException {
        try (ObjectInserter.Formatter f = new ObjectInserter.Formatter()) {
            for (Change c : changes) {
                DirCacheEntry e = index.getEntry(c.path());
                boolean inOld = c.oldMode != FileMode.MISSING;
                if (inOld ? e == null || !e.getObjectId().equals(c.oldId) : e != null) {
                    throw new IOException("Your local changes to the following files would be overwritten: " + c.path());
                }
                Path p = root.resolve(c.path());
                if (!inOld || c.oldMode == FileMode.GITLINK || !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    if (!inOld && Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        throw new IOException("untracked working tree file would be overwritten: " + c.path());
                    }
                    continue;
                }
                BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (e.getLength() == attrs.size()
                        && e.getLastModifiedInstant().toEpochMilli() == attrs.lastModifiedTime().toMillis()) {
                    continue; // stat unchanged: trust the index, as git does
                }
                byte[] content = Files.isSymbolicLink(p)
                        ? Files.readSymbolicLink(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        : Files.readAllBytes(p);
                if (!f.idFor(Constants.OBJ_BLOB, content).equals(c.oldId)) {
                    throw new IOException("Your local changes to the following files would be overwritten: " + c.path());
                }
            }
        }
    }

    /** The path in the work tree, its parents made real directories (never through a symlink). */
    private Path resolve(String path) throws IOException {
        Path p = root;
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            p = p.resolve(parts[i]);
            if (Files.isSymbolicLink(p) || Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(p); // left by the old tree, where this was a file or a link
            }
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(p);
            }
        }
        Path leaf = p.resolve(parts[parts.length - 1]);
        if (!leaf.normalize().startsWith(root)) {
            throw new IOException("refusing to write outside the work tree: " + path);
        }
        return leaf;
    }

    private void write(ObjectReader reader, Path p, FileMode mode, ObjectId id) throws IOException {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(p);
        }
        byte[] content = reader.open(id, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
        if (mode == FileMode.SYMLINK) {
            Files.deleteIfExists(p);
            Files.createSymbolicLink(p, Path.of(new String(content, java.nio.charset.StandardCharsets.UTF_8)));
            return;
        }
        // Write beside, then rename over: a rename replaces a symlink instead of following it.
        Path tmp = Files.createTempFile(p.getParent(), ".pwci-", ".tmp");
        try {
            writes.write(tmp, content);
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString(
                    mode == FileMode.EXECUTABLE_FILE ? "rwxr-xr-x" : "rw-r--r--"));
            Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void deleteIfEmptyDirectory(Path dir) throws IOException {
        File[] left = dir.toFile().listFiles();
        if (left != null && left.length == 0) {
            Files.delete(dir);
        }
    }

    private void removeEmptyParents(Path dir) throws IOException {
        while (dir != null && !dir.equals(root) && dir.startsWith(root)) {
            File[] left = dir.toFile().listFiles();
            if (left == null || left.length > 0) {
                return;
            }
            Files.delete(dir);
            dir = dir.getParent();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
