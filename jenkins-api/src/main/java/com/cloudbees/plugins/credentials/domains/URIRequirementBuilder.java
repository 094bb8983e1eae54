/*
 * Signature of com.cloudbees.plugins.credentials.domains.URIRequirementBuilder from org.jenkins-ci.plugins:credentials:1502.v5c95e620ddfe
 * (jenkinsci/credentials-plugin, tag 1502.v5c95e620ddfe: the newest source at hand;
 * bom-2.568.x pins 1511.v2e3cb_0008ef0, see docs/jenkins-versions.md),
 * src/main/java/com/cloudbees/plugins/credentials/domains/URIRequirementBuilder.java. Compile-only stand-in (docs/jenkins-build.md).
 */
package com.cloudbees.plugins.credentials.domains;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.List;

public class URIRequirementBuilder {
    private URIRequirementBuilder(@NonNull List<DomainRequirement> requirements) {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public static URIRequirementBuilder fromUri(@CheckForNull String uri) {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public List<DomainRequirement> build() {
        throw new UnsupportedOperationException("signature only");
    }
}
