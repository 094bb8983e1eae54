/*
 * Signature of io.jenkins.plugins.checks.api.ChecksDetails from io.jenkins.plugins:checks-api:415.vf022234a_931d
 * (jenkinsci/checks-api-plugin, tag 415.vf022234a_931d, the version bom-2.568.x pins),
 * src/main/java/io/jenkins/plugins/checks/api/ChecksDetails.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the getters the plugin reads (name, status, detailsURL, conclusion, output). Left out: the times,
 * the actions, toString and the nested ChecksDetailsBuilder; the private constructor stays private.
 */
package io.jenkins.plugins.checks.api;

import java.util.Optional;

public class ChecksDetails {

    private ChecksDetails() {
        throw new UnsupportedOperationException("signature only");
    }

    public Optional<String> getName() {
        throw new UnsupportedOperationException("signature only");
    }

    public ChecksStatus getStatus() {
        throw new UnsupportedOperationException("signature only");
    }

    public Optional<String> getDetailsURL() {
        throw new UnsupportedOperationException("signature only");
    }

    public ChecksConclusion getConclusion() {
        throw new UnsupportedOperationException("signature only");
    }

    public Optional<ChecksOutput> getOutput() {
        throw new UnsupportedOperationException("signature only");
    }
}
