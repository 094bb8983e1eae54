/**
 * The service: the loop that polls sources and queues series versions
 * ({@link io.jenkins.plugins.patchworkci.run.Runner}, {@link io.jenkins.plugins.patchworkci.run.RunService}), the state on disk that makes restarts safe
 * (ledger, held mail, retries: {@link io.jenkins.plugins.patchworkci.run.RunLedger}, {@link io.jenkins.plugins.patchworkci.run.HeldMail},
 * {@link io.jenkins.plugins.patchworkci.run.RetryMail}), the configuration file ({@link io.jenkins.plugins.patchworkci.run.RunConfig}), and one service run
 * of a version ({@link io.jenkins.plugins.patchworkci.run.SeriesRun}): the series job ({@code job.SeriesJob}) between the
 * reporters' "started" and "finished", with run.json and the page written.
 *
 * <p>What must not live here: the series job's steps ({@code job}), reporting ({@code report}), mail
 * intake ({@code intake}). Builds run patched code: they get no secrets and, when configured, a sandbox.
 */
@NullMarked
package io.jenkins.plugins.patchworkci.run;

import org.jspecify.annotations.NullMarked;
