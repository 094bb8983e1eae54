package io.jenkins.plugins.patchworkci.apply;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.InflaterInputStream;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.patch.BinaryHunk;
import org.eclipse.jgit.patch.FileHeader;
import org.eclipse.jgit.util.io.BinaryDeltaInputStream;
import org.eclipse.jgit.util.io.BinaryHunkInputStream;
import org.jspecify.annotations.Nullable;

/**
 * A binary file patch ({@code GIT binary patch}, literal or delta, base85 and zlib), applied as
 * git applies it: the full {@code index} line is required, the preimage must be the old blob,
 * and the result must hash to the new one.
 */
final class BinaryPatch {

    /** Reads a file's content, within the limits. */
    interface Loader {
        byte[] load(TreeOverlay.Entry e, String path) throws PatchRejected, IOException;
    }

    private final ObjectReader reader;
    private final ObjectInserter inserter;
    private final ApplyLimits limits;

    BinaryPatch(ObjectReader reader, ObjectInserter inserter, ApplyLimits limits) {
        this.reader = reader;
        this.inserter = inserter;
        this.limits = limits;
    }

    /** "Binary files differ": only applicable when the postimage is already in the repository. */
    ObjectId existingPostimage(FileHeader fh, String path) throws PatchRejected, IOException {
        AbbreviatedObjectId id = fh.getNewId();
        if (id == null || !id.isComplete()) {
            throw new PatchRejected("cannot apply binary patch without full index line", path);
        }
        if (!reader.has(id.toObjectId())) {
            throw new PatchRejected("binary patch without data and its postimage " + id.name()
                    + " is not in the repository", path);
        }
        return id.toObjectId();
    }

    ObjectId apply(FileHeader fh, TreeOverlay.@Nullable Entry pre, String path, Loader loader)
            throws PatchRejected, IOException {
        AbbreviatedObjectId oldId = fh.getOldId();
        AbbreviatedObjectId newId = fh.getNewId();
        if (oldId == null || newId == null || !oldId.isComplete() || !newId.isComplete()) {
            throw new PatchRejected("cannot apply binary patch without full index line", path);
        }
        if (pre != null && !oldId.toObjectId().equals(pre.id())) {
            throw new PatchRejected("the patch applies to " + oldId.name()
                    + ", which does not match the current contents (" + pre.id().name() + ")", path);
        }
        BinaryHunk hunk = fh.getForwardBinaryHunk();
        if (hunk == null) {
            throw PatchRejected.refused("corrupt binary patch", path);
        }
        if (hunk.getSize() > limits.maxFileBytes()) {
            throw PatchRejected.refused("binary result exceeds the file size limit", path);
        }
        byte[] buf = hunk.getBuffer();
        int start = Hunk.lineEnd(buf, hunk.getStartOffset(), hunk.getEndOffset());
        byte[] result;
        try (InputStream data = new InflaterInputStream(
                new BinaryHunkInputStream(new ByteArrayInputStream(buf, start, hunk.getEndOffset() - start)))) {
            switch (hunk.getType()) {
                case LITERAL_DEFLATED -> result = data.readNBytes(hunk.getSize() + 1);
                case DELTA_DEFLATED -> {
                    byte[] base = pre == null ? new byte[0] : loader.load(pre, path);
                    try (BinaryDeltaInputStream delta = new BinaryDeltaInputStream(base, data)) {
                        long expected = delta.getExpectedResultSize();
                        if (expected > limits.maxFileBytes()) {
                            throw PatchRejected.refused("binary result exceeds the file size limit", path);
                        }
                        result = delta.readNBytes((int) expected + 1);
                    }
                }
                default -> throw PatchRejected.refused("corrupt binary patch", path);
            }
        } catch (IOException | RuntimeException e) {
            throw PatchRejected.refused("corrupt binary patch: " + e.getMessage(), path);
        }
        long claimed = hunk.getType() == BinaryHunk.Type.LITERAL_DEFLATED ? hunk.getSize() : -1;
        if (claimed >= 0 && result.length != claimed) {
            // As git: a literal that inflates to another size than its header says is corrupt, even if its id matches.
            throw PatchRejected.refused("corrupt binary patch: the literal is " + result.length + " bytes, its header says "
                    + claimed, path);
        }
        ObjectId made = new ObjectInserter.Formatter().idFor(Constants.OBJ_BLOB, result);
        if (!made.equals(newId.toObjectId())) {
            throw new PatchRejected("binary patch creates incorrect result (expecting " + newId.name()
                    + ", got " + made.name() + ")", path);
        }
        return inserter.insert(Constants.OBJ_BLOB, result);
    }

}
