package io.jenkins.plugins.patchworkci.apply;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffEntry.ChangeType;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.patch.FileHeader;
import org.eclipse.jgit.patch.FormatError;
import org.eclipse.jgit.patch.HunkHeader;
import org.eclipse.jgit.patch.Patch;
import org.jspecify.annotations.Nullable;

/**
 * Applies the diff of one patch to a {@link TreeOverlay}, as {@code git apply --cached} would:
 * every file or none. JGit parses the diff headers (names, renames, copies, modes, binary
 * hunks); the text hunks go through {@link TextImage}, which mirrors git's matching rules.
 */
final class DiffApplier {

    private final ObjectReader reader;
    private final ObjectInserter inserter;
    private final ApplyLimits limits;
    private final boolean refuseCaseCollisions;
    private final PathRules rules = new PathRules();
    private final BinaryPatch binary;

    DiffApplier(ObjectReader reader, ObjectInserter inserter, ApplyLimits limits, boolean refuseCaseCollisions) {
        this.reader = reader;
        this.inserter = inserter;
        this.limits = limits;
        this.refuseCaseCollisions = refuseCaseCollisions;
        this.binary = new BinaryPatch(reader, inserter, limits);
    }

    /** Parses a diff, refusing what git would refuse and what our limits forbid. */
    List<? extends FileHeader> parse(byte[] diff) throws PatchRejected {
        if (diff.length == 0) {
            throw PatchRejected.refused("Patch is empty", (String) null);
        }
        if (diff.length > limits.maxPatchBytes()) {
            throw PatchRejected.refused("patch of " + diff.length + " bytes exceeds the limit of "
                    + limits.maxPatchBytes(), (String) null);
        }
        List<FileHeader> files = new ArrayList<>();
        for (DiffFiles.Span span : DiffFiles.spans(diff)) {
            files.addAll(parseRange(diff, span.start(), span.end()));
        }
        if (files.isEmpty()) {
            throw PatchRejected.refused("No valid patches in input", (String) null);
        }
        if (files.size() > limits.maxFilesPerPatch()) {
            throw PatchRejected.refused("patch touches " + files.size() + " files, more than the limit of "
                    + limits.maxFilesPerPatch(), (String) null);
        }
        return files;
    }

    private static List<? extends FileHeader> parseRange(byte[] diff, int start, int end) throws PatchRejected {
        Patch p;
        try {
            p = DiffFiles.parse(diff, start, end);
        } catch (RuntimeException e) {
            // JGit's parser trusts the counts it reads; a mangled patch can send it past the end.
            throw PatchRejected.refused("corrupt patch: " + (e.getMessage() != null ? e.getMessage() : e.toString()), (String) null);
        }
        for (FormatError e : p.getErrors()) {
            if (e.getSeverity() == FormatError.Severity.ERROR) {
                throw PatchRejected.refused("corrupt patch: " + e.getMessage(), (String) null);
            }
        }
        return p.getFiles();
    }

    void apply(byte[] diff, TreeOverlay tree) throws PatchRejected, IOException {
        apply(diff, tree, null);
    }

    /**
     * Applies the diff; with {@code renames} not null, a renamed file is changed in place (under
     * its old name) and the rename is added to the list, for a merge that cannot follow renames.
     */
    void apply(byte[] diff, TreeOverlay tree, @Nullable List<Rename> renames) throws PatchRejected, IOException {
        for (FileHeader fh : parse(diff)) {
            try {
                applyFile(fh, tree, renames);
            } catch (RuntimeException e) {
                // A header JGit parsed but could not make sense of (offsets past the end and such).
                throw PatchRejected.refused("corrupt patch: " + e, fh.getNewPath());
            }
        }
    }

    /** A rename the patch makes, from one path to another. */
    record Rename(String from, String to) {}

    private void applyFile(FileHeader fh, TreeOverlay tree, @Nullable List<Rename> renames)
            throws PatchRejected, IOException {
        ChangeType type = fh.getChangeType();
        String oldPath = type == ChangeType.ADD ? null : fh.getOldPath();
        String newPath = type == ChangeType.DELETE ? null : fh.getNewPath();
        if ((type != ChangeType.ADD && oldPath == null) || (type != ChangeType.DELETE && newPath == null)) {
            // JGit leaves a name null when a header is damaged (a "rename from" with no "rename to").
            throw PatchRejected.refused("corrupt patch: git diff header lacks filename information",
                    oldPath != null ? oldPath : newPath);
        }
        if (oldPath != null) {
            rules.check(oldPath);
        }
        if (newPath != null) {
            rules.check(newPath);
        }
        if (renames != null && type == ChangeType.RENAME && !newPath.equals(oldPath)) {
            renames.add(new Rename(oldPath, newPath));
            newPath = oldPath;
        }
        String shown = newPath != null ? newPath : oldPath;
        HeaderModes modes = HeaderModes.read(fh);

        TreeOverlay.Entry pre = null;
        if (oldPath != null) {
            // A copy (or rename) starts from the file as it was before this patch, even when the
            // patch changes the source too (git diff lists "a" before its copy "b"): as git apply.
            boolean fromBase = type == ChangeType.COPY || type == ChangeType.RENAME;
            pre = (fromBase ? tree.baseFile(oldPath) : tree.file(oldPath))
                    .orElseThrow(() -> new PatchRejected("does not exist in index", oldPath));
            if (modes.oldMode() != null && ((modes.oldMode().getBits() ^ pre.mode().getBits()) & 0170000) != 0) {
                throw new PatchRejected("wrong type", oldPath);
            }
            if (newPath != null && modes.newMode() != null && ((modes.newMode().getBits() ^ pre.mode().getBits()) & 0170000) != 0) {
                // As git: a file does not become a symlink (or back) in place; that is a delete and a create.
                throw new PatchRejected("new mode (" + Integer.toOctalString(modes.newMode().getBits()) + ") of " + newPath
                        + " does not match old mode (" + Integer.toOctalString(pre.mode().getBits()) + ")", newPath);
            }
        }
        if (newPath != null && !newPath.equals(oldPath)) {
            if (tree.file(newPath).isPresent() || tree.isDirectory(newPath)) {
                throw new PatchRejected("already exists in index", newPath);
            }
            if (type == ChangeType.RENAME) {
                // The source goes first: "README" renamed to "readme" is no case collision. (A
                // failure discards the whole overlay, so the early delete never outlives it.)
                tree.delete(oldPath);
            }
            checkNewPath(newPath, tree);
        }

        if (type == ChangeType.DELETE) {
            if (!fh.getHunks().isEmpty()) {
                byte[] rest = applyText(fh, load(pre, oldPath), oldPath);
                if (rest.length != 0) {
                    throw new PatchRejected("removal patch leaves file contents", oldPath);
                }
            }
            tree.delete(oldPath);
            return;
        }

        FileMode newMode = modes.newMode() != null ? modes.newMode() : pre != null ? pre.mode() : FileMode.REGULAR_FILE;
        ObjectId newId;
        switch (fh.getPatchType()) {
            case GIT_BINARY -> newId = binary.apply(fh, pre, shown, this::load);
            case BINARY -> newId = binary.existingPostimage(fh, shown);
            default -> {
                if (fh.getHunks().isEmpty()) {
                    newId = pre != null ? pre.id() : inserter.insert(Constants.OBJ_BLOB, new byte[0]);
                } else if (newMode == FileMode.GITLINK) {
                    newId = applyGitlink(fh, pre, shown);
                } else {
                    byte[] result = applyText(fh, pre == null ? new byte[0] : load(pre, oldPath), shown);
                    if (result.length > limits.maxFileBytes()) {
                        throw PatchRejected.refused("result exceeds the file size limit", shown);
                    }
                    newId = inserter.insert(Constants.OBJ_BLOB, result);
                }
            }
        }
        if (type == ChangeType.RENAME && !newPath.equals(oldPath)) {
            tree.delete(oldPath);
        }
        tree.put(newPath, new TreeOverlay.Entry(newMode, newId));
    }

    /** Refuses a new path that goes through a symlink or a file, or folds onto an existing name. */
    private void checkNewPath(String path, TreeOverlay tree) throws PatchRejected, IOException {
        int slash = -1;
        String parent = "";
        while (true) {
            int next = path.indexOf('/', slash + 1);
            String prefix = next < 0 ? path : path.substring(0, next);
            String name = prefix.substring(slash + 1);
            if (refuseCaseCollisions && !tree.file(prefix).isPresent() && !tree.isDirectory(prefix)) {
                for (String sibling : tree.names(parent)) {
                    if (!sibling.equals(name) && sibling.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                        throw PatchRejected.refused("case-folding collision with '"
                                + (parent.isEmpty() ? sibling : parent + "/" + sibling) + "'", path);
                    }
                }
            }
            if (next < 0) {
                return;
            }
            Optional<TreeOverlay.Entry> e = tree.file(prefix);
            if (e.isPresent()) {
                if (e.get().mode() == FileMode.SYMLINK) {
                    throw PatchRejected.refused("affected file is beyond a symbolic link ('" + prefix + "')", path);
                }
                throw new PatchRejected("a file is in the way ('" + prefix + "')", path);
            }
            parent = prefix;
            slash = next;
        }
    }

    private byte[] load(TreeOverlay.Entry e, String path) throws PatchRejected, IOException {
        if (e.mode() == FileMode.GITLINK) {
            // A submodule's "content" in a diff; its commit is not in this repository.
            return ("Subproject commit " + e.id().name() + "\n").getBytes(StandardCharsets.US_ASCII);
        }
        long size = reader.getObjectSize(e.id(), Constants.OBJ_BLOB);
        if (size > limits.maxFileBytes()) {
            throw PatchRejected.refused("file of " + size + " bytes exceeds the file size limit", path);
        }
        return reader.open(e.id(), Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
    }

    private byte[] applyText(FileHeader fh, byte[] content, String path) throws PatchRejected {
        TextImage image = new TextImage(content);
        for (HunkHeader hh : fh.getHunks()) {
            Hunk h = Hunk.parse(fh.getBuffer(), hh.getStartOffset(), fh.getEndOffset(), path);
            image.apply(h, path);
        }
        return image.content();
    }

    private ObjectId applyGitlink(FileHeader fh, TreeOverlay.@Nullable Entry pre, String path)
            throws PatchRejected, IOException {
        byte[] content = pre == null ? new byte[0] : load(pre, path);
        String result = new String(applyText(fh, content, path), StandardCharsets.US_ASCII).trim();
        if (!result.startsWith("Subproject commit ") || !ObjectId.isId(result.substring(18).trim())) {
            throw PatchRejected.refused("corrupt submodule patch", path);
        }
        return ObjectId.fromString(result.substring(18).trim());
    }

}
