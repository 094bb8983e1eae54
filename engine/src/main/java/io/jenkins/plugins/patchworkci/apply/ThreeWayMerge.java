package io.jenkins.plugins.patchworkci.apply;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffEntry.ChangeType;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.patch.FileHeader;
import org.eclipse.jgit.patch.HunkHeader;

/**
 * Tiers 3 and 4: what {@code git am -3} does when a patch does not apply. Build the tree the
 * patch was made against from the blobs named on its {@code index} lines (only the files it
 * touches), apply the patch there, and merge the result onto the current tree with that tree as
 * the merge base (JGit's {@link ResolveMerger}, in core). When a blob is missing, git gives up;
 * with {@code rebuild} (tier 4) the preimage is rebuilt instead from the current file with each
 * hunk's preimage lines put at the lines the hunk states.
 */
final class ThreeWayMerge implements SeriesApplier.ThreeWayFallback {

    private final Repository repo;
    private final ObjectReader reader;
    private final ObjectInserter inserter;
    private final DiffApplier diffs;
    private final boolean rebuild;

    ThreeWayMerge(Repository repo, ObjectReader reader, ObjectInserter inserter, DiffApplier diffs, boolean rebuild) {
        this.repo = repo;
        this.reader = reader;
        this.inserter = inserter;
        this.diffs = diffs;
        this.rebuild = rebuild;
    }

    @Override
    public ObjectId apply(PatchToApply patch, ObjectId parent, ObjectId parentTree, PatchRejected direct)
            throws PatchRejected, IOException {
        byte[] diff = patch.info().patch();
        TreeOverlay ancestor = new TreeOverlay(reader, inserter.insert(new TreeFormatter()));
        TreeOverlay current = new TreeOverlay(reader, parentTree);
        for (FileHeader fh : diffs.parse(diff)) {
            if (fh.getChangeType() == ChangeType.ADD) {
                continue;
            }
            String path = fh.getOldPath();
            HeaderModes modes = HeaderModes.read(fh);
            FileMode mode = modes.oldMode() != null ? modes.oldMode() : FileMode.REGULAR_FILE;
            AbbreviatedObjectId old = fh.getOldId();
            Collection<ObjectId> found = old == null ? List.of() : reader.resolve(old);
            if (found.size() == 1) {
                ancestor.put(path, new TreeOverlay.Entry(mode, found.iterator().next()));
            } else if (fh.getHunks().isEmpty() && fh.getPatchType() == FileHeader.PatchType.UNIFIED) {
                // A pure rename, copy or mode change names no blob: git takes the current one.
                TreeOverlay.Entry now = current.file(path).orElseThrow(() -> new PatchRejected(
                        direct.getMessage() + "; no three-way merge: " + path + " is not in the branch", direct.where()));
                ancestor.put(path, now);
            } else if (rebuild) {
                Optional<TreeOverlay.Entry> now = current.file(path);
                if (now.isEmpty()) {
                    throw direct;
                }
                byte[] content = reader.open(now.get().id(), Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
                byte[] preimage = rebuildPreimage(content, fh, path);
                ancestor.put(path, new TreeOverlay.Entry(now.get().mode(), inserter.insert(Constants.OBJ_BLOB, preimage)));
            } else {
                throw new PatchRejected(direct.getMessage() + "; no three-way merge: the repository lacks blob "
                        + (old == null ? "(none named)" : old.name()), direct.where());
            }
        }
        ObjectId base = ancestor.write(inserter);
        TreeOverlay theirs = new TreeOverlay(reader, base);
        // JGit's merger does not detect renames (git's does): merge renamed files under their
        // old names, then rename them in the result.
        List<DiffApplier.Rename> renames = new java.util.ArrayList<>();
        try {
            diffs.apply(diff, theirs, renames);
        } catch (PatchRejected e) {
            throw new PatchRejected(direct.getMessage() + "; it does not apply to the blobs recorded in its index either",
                    direct.where());
        }
        ObjectId theirsTree = theirs.write(inserter);
        ResolveMerger merger = (ResolveMerger) MergeStrategy.RESOLVE.newMerger(inserter, repo.getConfig());
        merger.setBase(base);
        if (!merger.merge(parentTree, theirsTree)) {
            List<String> conflicts = merger.getUnmergedPaths();
            throw new PatchRejected("three-way merge conflict in " + String.join(", ", conflicts),
                    new ApplyFailure.Where(conflicts.isEmpty() ? direct.where().path() : conflicts.get(0),
                            direct.where().hunk(), direct.where().line(), direct.where().expected(),
                            direct.where().found()));
        }
        if (renames.isEmpty()) {
            return merger.getResultTreeId();
        }
        TreeOverlay merged = new TreeOverlay(reader, merger.getResultTreeId());
        for (DiffApplier.Rename r : renames) {
            TreeOverlay.Entry e = merged.file(r.from()).orElseThrow(() -> new PatchRejected(
                    "three-way merge: renamed file deleted on the branch", r.from()));
            if (merged.file(r.to()).isPresent()) {
                throw new PatchRejected("already exists in index", r.to());
            }
            merged.delete(r.from());
            merged.put(r.to(), e);
        }
        return merged.write(inserter);
    }

    /** The current file with each hunk's preimage lines at the lines its header states. */
    private static byte[] rebuildPreimage(byte[] content, FileHeader fh, String path) throws PatchRejected {
        TextImageLines lines = new TextImageLines(content);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int cursor = 0;
        for (HunkHeader hh : fh.getHunks()) {
            Hunk h = Hunk.parse(fh.getBuffer(), hh.getStartOffset(), fh.getEndOffset(), path);
            int start = h.oldLines == 0 ? h.oldPos : Math.max(h.oldPos - 1, 0);
            start = Math.max(cursor, Math.min(start, lines.size()));
            for (int i = cursor; i < start; i++) {
                out.writeBytes(lines.get(i));
            }
            for (byte[] l : h.preimage) {
                out.writeBytes(l);
            }
            cursor = Math.min(start + h.oldLines, lines.size());
        }
        for (int i = cursor; i < lines.size(); i++) {
            out.writeBytes(lines.get(i));
        }
        return out.toByteArray();
    }

    /** A file split into lines, line ends kept. */
    private static final class TextImageLines {
        private final List<byte[]> lines = new java.util.ArrayList<>();

        TextImageLines(byte[] content) {
            int p = 0;
            while (p < content.length) {
                int e = Hunk.lineEnd(content, p, content.length);
                lines.add(java.util.Arrays.copyOfRange(content, p, e));
                p = e;
            }
        }

        int size() {
            return lines.size();
        }

        byte[] get(int i) {
            return lines.get(i);
        }
    }
}
