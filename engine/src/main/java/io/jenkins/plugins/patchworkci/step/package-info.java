/**
 * What the Jenkins pipeline steps run, without Jenkins types: the checkout on an agent
 * ({@link io.jenkins.plugins.patchworkci.step.CheckoutRequest} → {@link io.jenkins.plugins.patchworkci.step.SeriesCheckout} → {@link io.jenkins.plugins.patchworkci.step.CheckoutResult},
 * {@link io.jenkins.plugins.patchworkci.step.CheckoutOutcome}), the engine checks on it ({@link io.jenkins.plugins.patchworkci.step.SeriesVerify}), both through
 * the one series job ({@code job.SeriesJob}); the build page's report ({@link io.jenkins.plugins.patchworkci.step.SeriesReport});
 * the notification mail's text ({@link io.jenkins.plugins.patchworkci.step.NotifyText}), sent by the plugin's own SMTP settings when
 * the Mailer plugin has none ({@link io.jenkins.plugins.patchworkci.step.NotifyMail}); Checks API results as Patchwork checks
 * ({@link io.jenkins.plugins.patchworkci.step.ExternalCheck}); and the build's lifecycle: the check a build's result maps to
 * ({@link io.jenkins.plugins.patchworkci.step.BuildOutcome}, {@link io.jenkins.plugins.patchworkci.step.BuildStatusCheck}), posted on every patch without failing
 * the build ({@link io.jenkins.plugins.patchworkci.step.SeriesCheckPost}).
 *
 * <p>Which series and versions there are, and which build is which version, is {@code scan}'s. Nothing
 * here holds a credential: the controller downloads mail with the token and hands the agent bytes.
 */
@NullMarked
package io.jenkins.plugins.patchworkci.step;

import org.jspecify.annotations.NullMarked;
