/**
 * public-inbox archives (lore.kernel.org) and local mailboxes as sources of series, polled with a cursor
 * that survives restarts. No Patchwork knowledge here.
 */
package io.jenkins.plugins.patchworkci.inbox;
