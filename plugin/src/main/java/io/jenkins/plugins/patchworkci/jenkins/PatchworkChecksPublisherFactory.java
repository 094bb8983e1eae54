package io.jenkins.plugins.patchworkci.jenkins;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.checks.api.ChecksPublisher;
import io.jenkins.plugins.checks.api.ChecksPublisherFactory;
import java.io.IOException;
import java.util.Optional;
import jenkins.scm.api.SCMSource;

/**
 * Makes Checks API results ({@code junit}, warnings-ng, {@code publishChecks}, ...) of a build of a
 * Patchwork series job reach Patchwork as checks on every patch of the version being built (see
 * {@link PatchworkChecksPublisher}). Builds of other jobs get no publisher from here, so the other
 * factories (GitHub, GitLab) answer for them. Switched off by <em>Publish Checks API results</em> on the
 * global page.
 */
@Extension
public final class PatchworkChecksPublisherFactory extends ChecksPublisherFactory {

    @Override
    protected Optional<ChecksPublisher> createPublisher(final Run<?, ?> run, final TaskListener listener) {
        if (!ExtensionList.lookupSingleton(PatchworkGlobalConfiguration.class).isPublishChecks()
                || !(SCMSource.SourceByItem.findSource(run.getParent()) instanceof PatchworkSCMSource)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PatchworkChecksPublisher(run, BuildSeries.of(run), listener));
        } catch (IOException e) {
            // A Patchwork job whose build has no revision (started by hand before a scan): nothing to post on.
            listener.getLogger().println("Patchwork: Checks API results are not posted: " + e.getMessage());
            return Optional.empty();
        }
    }
}
