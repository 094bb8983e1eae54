/**
 * The built-in demo: a small C "kernel" with net and net-next trees, a user-space tree, and a
 * mailbox of realistic series made with {@code git format-patch}, all generated offline.
 */
@NullMarked
package io.jenkins.plugins.patchworkci.demo;

import org.jspecify.annotations.NullMarked;
