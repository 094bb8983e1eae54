/**
 * Checks: one interface, a registry, and the built-in checks (NIPA's names) that turn a run into per-patch
 * states. Runs tools from the target tree, never anything from mail.
 */
package io.jenkins.plugins.patchworkci.check;
