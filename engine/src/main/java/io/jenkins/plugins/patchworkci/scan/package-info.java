/**
 * The plugin's logic, without Jenkins types, so it is tested here: one head per series lineage and
 * target tree ({@link io.jenkins.plugins.patchworkci.scan.HeadName}), one revision per version
 * ({@link io.jenkins.plugins.patchworkci.scan.RevisionId}), which heads are wanted
 * ({@link io.jenkins.plugins.patchworkci.scan.ScanFilter}) and which are finished
 * ({@link io.jenkins.plugins.patchworkci.scan.FinalStates}), the scan itself
 * ({@link io.jenkins.plugins.patchworkci.scan.SeriesScan}, which raises rather than return less than it
 * found; a kernel series' head carries the user-space companion series posted with it,
 * {@link io.jenkins.plugins.patchworkci.scan.ScannedCompanion}), the Patchwork events that change a head
 * ({@link io.jenkins.plugins.patchworkci.scan.EventMapper}, {@link io.jenkins.plugins.patchworkci.scan.EventPoll})
 * and where polling stands across restarts ({@link io.jenkins.plugins.patchworkci.scan.EventCursors},
 * {@link io.jenkins.plugins.patchworkci.scan.EventCursorFile}), Checks API results as Patchwork checks
 * ({@link io.jenkins.plugins.patchworkci.scan.ExternalCheck}), and what the pipeline steps run: the checkout on
 * an agent ({@link io.jenkins.plugins.patchworkci.scan.SeriesCheckout}), the engine checks on it
 * ({@link io.jenkins.plugins.patchworkci.scan.SeriesVerify}), the build page's report
 * ({@link io.jenkins.plugins.patchworkci.scan.SeriesReport}) and the notification mail's text
 * ({@link io.jenkins.plugins.patchworkci.scan.NotifyText}), sent by the plugin's own SMTP settings when
 * the Mailer plugin has none ({@link io.jenkins.plugins.patchworkci.scan.NotifyMail}); and the build lifecycle: the check a build's
 * result maps to ({@link io.jenkins.plugins.patchworkci.scan.BuildOutcome},
 * {@link io.jenkins.plugins.patchworkci.scan.BuildStatusCheck}), posting it on every patch without failing
 * the build ({@link io.jenkins.plugins.patchworkci.scan.SeriesCheckPost}), which version's build a newer
 * one aborts ({@link io.jenkins.plugins.patchworkci.scan.BuiltVersion}), and the build page's links to the
 * other versions ({@link io.jenkins.plugins.patchworkci.scan.VersionBuilds}) and to the archive thread
 * ({@link io.jenkins.plugins.patchworkci.inbox.ArchiveLink}).
 *
 * <p>The plugin only translates these values into SCM API and Pipeline objects. Nothing here holds a
 * Jenkins type or a credential: the controller downloads mail with the token and hands the agent bytes.
 */
@NullMarked
package io.jenkins.plugins.patchworkci.scan;

import org.jspecify.annotations.NullMarked;
