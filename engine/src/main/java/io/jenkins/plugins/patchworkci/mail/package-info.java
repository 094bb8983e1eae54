/**
 * Messages and patches: mbox (mboxo, mboxrd, gzip), maildir and raw-message readers, MIME
 * decoding, and what {@code git mailinfo} extracts, plus subject prefixes, trailers and
 * patch-ids. Knows nothing of series, trees or servers.
 *
 * <p>Entry points: {@link io.jenkins.plugins.patchworkci.mail.MailParser} (one message),
 * {@link io.jenkins.plugins.patchworkci.mail.Mailbox} (a stream of
 * {@link io.jenkins.plugins.patchworkci.mail.MailboxEntry} values, each a parsed message or a
 * {@link io.jenkins.plugins.patchworkci.mail.MailError}), and
 * {@link io.jenkins.plugins.patchworkci.mail.Patch#of}. Bad mail is reported with the one
 * exception type of the package, {@link io.jenkins.plugins.patchworkci.mail.MailException}.
 *
 * <p>The extraction matches git's tools byte for byte (see docs/mail.md): it works on bytes,
 * line by line, with git's own heuristics, not with a general MIME library.
 */
@NullMarked
package io.jenkins.plugins.patchworkci.mail;

import org.jspecify.annotations.NullMarked;
