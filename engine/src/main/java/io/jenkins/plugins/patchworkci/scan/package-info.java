/**
 * What a Jenkins branch source needs, without Jenkins types: one head per series lineage and target
 * tree ({@link io.jenkins.plugins.patchworkci.scan.HeadName}), one revision per version ({@link io.jenkins.plugins.patchworkci.scan.RevisionId}), which heads
 * are wanted ({@link io.jenkins.plugins.patchworkci.scan.ScanFilter}) and which are finished ({@link io.jenkins.plugins.patchworkci.scan.FinalStates}), the
 * scan itself ({@link io.jenkins.plugins.patchworkci.scan.SeriesScan}, which raises rather than return less than it found; a
 * kernel series' head carries the user-space companion series posted with it,
 * {@link io.jenkins.plugins.patchworkci.scan.ScannedCompanion}), which version a build is ({@link io.jenkins.plugins.patchworkci.scan.ScannedVersion}), the
 * Patchwork events that change a head ({@link io.jenkins.plugins.patchworkci.scan.EventMapper}, {@link io.jenkins.plugins.patchworkci.scan.EventPoll}) and
 * where polling stands across restarts ({@link io.jenkins.plugins.patchworkci.scan.EventCursors}, {@link io.jenkins.plugins.patchworkci.scan.EventCursorFile}),
 * which version's build a newer one aborts ({@link io.jenkins.plugins.patchworkci.scan.BuiltVersion}), and the build page's links
 * to the other versions ({@link io.jenkins.plugins.patchworkci.scan.VersionBuilds}).
 *
 * <p>What the pipeline steps then do with a version is {@code step}'s. The plugin only translates
 * these values into SCM API objects. Nothing here holds a Jenkins type or a credential.
 */
@NullMarked
package io.jenkins.plugins.patchworkci.scan;

import org.jspecify.annotations.NullMarked;
