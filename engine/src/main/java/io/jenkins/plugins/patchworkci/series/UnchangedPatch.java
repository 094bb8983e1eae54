package io.jenkins.plugins.patchworkci.series;


/**
 * A patch that did not change between two versions (same {@code git patch-id --stable}): results
 * for the older one (checks, builds) hold for the newer one, on the same base.
 *
 * @param patchId the patch-id both share
 * @param older the older version's series
 * @param olderMessageId the older patch
 * @param olderIndex its number in the older series
 * @param newer the newer version's series
 * @param newerMessageId the newer patch
 * @param newerIndex its number in the newer series
 */
public record UnchangedPatch(
        String patchId,
        SeriesId older,
        String olderMessageId,
        int olderIndex,
        SeriesId newer,
        String newerMessageId,
        int newerIndex) {}
