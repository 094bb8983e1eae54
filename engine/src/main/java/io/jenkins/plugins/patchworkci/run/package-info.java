/**
 * Runs: one series version taken through the series job ({@code job.SeriesJob}: plan, apply, build,
 * checks) and its reports, the service loop that polls sources and queues runs, and the state on
 * disk that makes restarts safe.
 * Builds run patched code: they get no secrets and, when configured, a sandbox.
 */
@NullMarked
package io.jenkins.plugins.patchworkci.run;

import org.jspecify.annotations.NullMarked;
