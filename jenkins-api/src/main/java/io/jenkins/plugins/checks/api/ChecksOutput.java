/*
 * Signature of io.jenkins.plugins.checks.api.ChecksOutput from io.jenkins.plugins:checks-api:415.vf022234a_931d
 * (jenkinsci/checks-api-plugin, tag 415.vf022234a_931d, the version bom-2.568.x pins),
 * src/main/java/io/jenkins/plugins/checks/api/ChecksOutput.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: getTitle and getSummary(). Left out: the copy constructor (replaced by a private one), the text,
 * annotations, images, the sized getters and the nested ChecksOutputBuilder.
 */
package io.jenkins.plugins.checks.api;

import java.util.Optional;

public class ChecksOutput {

    private ChecksOutput() {
        throw new UnsupportedOperationException("signature only");
    }

    public Optional<String> getTitle() {
        throw new UnsupportedOperationException("signature only");
    }

    public Optional<String> getSummary() {
        throw new UnsupportedOperationException("signature only");
    }
}
