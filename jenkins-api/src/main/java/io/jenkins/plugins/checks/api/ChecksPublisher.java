/*
 * Signature of io.jenkins.plugins.checks.api.ChecksPublisher from io.jenkins.plugins:checks-api:415.vf022234a_931d
 * (jenkinsci/checks-api-plugin, tag 415.vf022234a_931d, the version bom-2.568.x pins),
 * src/main/java/io/jenkins/plugins/checks/api/ChecksPublisher.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the implicit public constructor and the abstract publish. Left out: the nested NullChecksPublisher.
 */
package io.jenkins.plugins.checks.api;

public abstract class ChecksPublisher {

    public ChecksPublisher() {
        throw new UnsupportedOperationException("signature only");
    }

    public abstract void publish(ChecksDetails details);
}
