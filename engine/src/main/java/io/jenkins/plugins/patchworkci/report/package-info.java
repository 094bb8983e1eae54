/**
 * Reports of a run: the result model ({@link io.jenkins.plugins.patchworkci.report.Run}) and its JSON form, the HTML page and
 * its embeddable check matrix, the Patchwork reporter (behind the {@link io.jenkins.plugins.patchworkci.report.CheckPoster}
 * seam), the mail reporter (behind {@link io.jenkins.plugins.patchworkci.report.MailSender}), their ledgers, shadow mode, and
 * the {@link io.jenkins.plugins.patchworkci.report.Reporter} contract through which a run tells them it started, moved on,
 * finished or was stopped ({@link io.jenkins.plugins.patchworkci.report.PatchworkReporting}, {@link io.jenkins.plugins.patchworkci.report.MailReporting}).
 * Every string from mail is escaped (HTML) or encoded (mail headers) before it leaves here. Nothing
 * here runs checks or reads mail; see {@code docs/reports.md}.
 */
@NullMarked
package io.jenkins.plugins.patchworkci.report;

import org.jspecify.annotations.NullMarked;
