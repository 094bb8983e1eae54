/*
 * Signature of com.cloudbees.plugins.credentials.CredentialsProvider from org.jenkins-ci.plugins:credentials:1502.v5c95e620ddfe
 * (jenkinsci/credentials-plugin, tag 1502.v5c95e620ddfe: the newest source at hand;
 * bom-2.568.x pins 1511.v2e3cb_0008ef0, see docs/jenkins-versions.md),
 * src/main/java/com/cloudbees/plugins/credentials/CredentialsProvider.java. Compile-only stand-in (docs/jenkins-build.md): the
 * plugin only calls a static look-up, so the real supertypes (Descriptor<CredentialsProvider>,
 * ExtensionPoint, Describable, IconSpec) and the abstract members are left out.
 */
package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.ItemGroup;
import java.util.List;
import org.springframework.security.core.Authentication;

public abstract class CredentialsProvider {
    @NonNull
    @SuppressWarnings("rawtypes") // the real signature takes a raw ItemGroup
    public static <C extends Credentials> List<C> lookupCredentialsInItemGroup(@NonNull Class<C> type,
                                                                               @Nullable ItemGroup itemGroup,
                                                                               @Nullable Authentication authentication,
                                                                               @Nullable List<DomainRequirement> domainRequirements) {
        throw new UnsupportedOperationException("signature only");
    }
}
