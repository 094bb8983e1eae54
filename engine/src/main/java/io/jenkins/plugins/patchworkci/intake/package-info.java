/**
 * Mail intake: raw mail from a source or a mailbox in, series out. Reads mailboxes (mbox, mboxrd,
 * maildir, gzip) through the {@code mail} parser ({@link io.jenkins.plugins.patchworkci.intake.SeriesReader}),
 * keeps what the mail model does not carry — the raw bytes, To/Cc, where each message came from
 * ({@link io.jenkins.plugins.patchworkci.intake.SeriesOrigin}) — one record per message
 * ({@link io.jenkins.plugins.patchworkci.intake.Intake}), and assembles series with the {@code series}
 * package, filling its parsers seam with the {@code mail} parsers and the applier's diff reader.
 * Also {@code pwci am}'s reader ({@link io.jenkins.plugins.patchworkci.intake.MailboxSeriesInput}).
 *
 * <p>Separate from {@code series} so that package stays I/O-free and parser-free; nothing here runs
 * a series, talks to a server or knows Jenkins. Builds on {@code mail}, {@code series}, {@code apply}
 * (its diff reader and {@code SeriesInput} seam) and {@code inbox} (archive links); never on {@code run}
 * or {@code scan}, which use it.
 */
@NullMarked
package io.jenkins.plugins.patchworkci.intake;

import org.jspecify.annotations.NullMarked;
