package io.jenkins.plugins.patchworkci.apply;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Thrown inside the applier when one patch cannot be applied; {@link ApplySeries} turns it into
 * an {@link ApplyFailure} naming the patch. Never escapes the package.
 */
final class PatchRejected extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ApplyFailure.Where where;
    private boolean fatal;

    PatchRejected(String reason, @Nullable String path) {
        this(reason, new ApplyFailure.Where(path, null, 0, List.of(), List.of()));
    }

    PatchRejected(String reason, ApplyFailure.Where where) {
        super(reason);
        this.where = where;
    }

    /** A refusal for safety, size or a corrupt patch: final, no other tier may retry the patch. */
    static PatchRejected refused(String reason, @Nullable String path) {
        return refused(reason, new ApplyFailure.Where(path, null, 0, List.of(), List.of()));
    }

    static PatchRejected refused(String reason, ApplyFailure.Where where) {
        PatchRejected e = new PatchRejected(reason, where);
        e.fatal = true;
        return e;
    }

    boolean isFatal() {
        return fatal;
    }

    ApplyFailure.Where where() {
        return where;
    }
}
