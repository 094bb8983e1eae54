/**
 * Messages and patches: mbox, maildir and raw-message readers, MIME decoding, and what {@code git mailinfo} extracts,
 * plus subject prefixes, trailers and patch-ids. Knows nothing of series, trees or servers.
 */
package io.jenkins.plugins.patchworkci.mail;
