package io.jenkins.plugins.patchworkci.apply;

/**
 * Size limits for a patch that comes from anyone: beyond them the patch is refused, never
 * half-applied.
 *
 * @param maxPatchBytes largest diff accepted (bytes of the patch text)
 * @param maxFileBytes largest file the applier reads or writes
 * @param maxFilesPerPatch most files one patch may touch
 */
public record ApplyLimits(long maxPatchBytes, long maxFileBytes, int maxFilesPerPatch) {

    /** Generous for the kernel (its largest patches are a few MB), small enough to stop abuse. */
    public static final ApplyLimits DEFAULT = new ApplyLimits(64L << 20, 128L << 20, 20_000);

    public ApplyLimits {
        if (maxPatchBytes <= 0 || maxFileBytes <= 0 || maxFilesPerPatch <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
