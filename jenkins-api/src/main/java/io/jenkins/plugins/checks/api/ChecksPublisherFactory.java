/*
 * Signature of io.jenkins.plugins.checks.api.ChecksPublisherFactory from io.jenkins.plugins:checks-api:415.vf022234a_931d
 * (jenkinsci/checks-api-plugin, tag 415.vf022234a_931d, the version bom-2.568.x pins),
 * src/main/java/io/jenkins/plugins/checks/api/ChecksPublisherFactory.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the supertype ExtensionPoint, the implicit public constructor and both protected createPublisher
 * (neither is abstract). Left out: the static fromRun/fromJob, which only consumers of checks call.
 */
package io.jenkins.plugins.checks.api;

import hudson.ExtensionPoint;
import hudson.model.Job;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.Optional;

public abstract class ChecksPublisherFactory implements ExtensionPoint {

    public ChecksPublisherFactory() {
        throw new UnsupportedOperationException("signature only");
    }

    protected Optional<ChecksPublisher> createPublisher(final Run<?, ?> run, final TaskListener listener) {
        throw new UnsupportedOperationException("signature only");
    }

    protected Optional<ChecksPublisher> createPublisher(final Job<?, ?> job, final TaskListener listener) {
        throw new UnsupportedOperationException("signature only");
    }
}
