/**
 * Runs: one series version taken through plan, apply, build, checks and reports, the service loop
 * that polls sources and queues runs, and the state on disk that makes restarts safe.
 * Builds run patched code: they get no secrets and, when configured, a sandbox.
 */
@NullMarked
package io.jenkins.plugins.patchworkci.run;

import org.jspecify.annotations.NullMarked;
