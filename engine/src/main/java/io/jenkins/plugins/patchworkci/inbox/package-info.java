/**
 * Where mail comes in. The {@link io.jenkins.plugins.patchworkci.inbox.Source} contract every source
 * implements (Patchwork projects in {@code patchwork}, public-inbox archives and local mailboxes here),
 * with cursors that survive restarts; the public-inbox client; the local mbox, maildir and
 * {@code .patch}-directory sources. Sources deliver raw mail bytes and source metadata only: turning
 * them into messages and series is {@code intake}'s work, plugged in by the caller
 * (see {@link io.jenkins.plugins.patchworkci.inbox.Source}). Also the link to a message's thread in
 * a public-inbox archive ({@link io.jenkins.plugins.patchworkci.inbox.ArchiveLink}). No Patchwork
 * knowledge here.
 */
@NullMarked
package io.jenkins.plugins.patchworkci.inbox;

import org.jspecify.annotations.NullMarked;
