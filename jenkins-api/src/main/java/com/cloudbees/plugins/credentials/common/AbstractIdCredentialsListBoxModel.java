/*
 * Signature of com.cloudbees.plugins.credentials.common.AbstractIdCredentialsListBoxModel from org.jenkins-ci.plugins:credentials:1502.v5c95e620ddfe
 * (jenkinsci/credentials-plugin, tag 1502.v5c95e620ddfe: the newest source at hand;
 * bom-2.568.x pins 1511.v2e3cb_0008ef0, see docs/jenkins-versions.md),
 * src/main/java/com/cloudbees/plugins/credentials/common/AbstractIdCredentialsListBoxModel.java. Compile-only stand-in
 * (docs/jenkins-build.md): the builder methods the plugin chains (includeMatchingAs in both
 * non-deprecated overloads: context ItemGroup and context Item). Each returns
 * AbstractIdCredentialsListBoxModel<T, C>, not T, exactly as the real ones do. The abstract
 * describe(C) is left out because the plugin does not extend this class.
 */
package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.util.ListBoxModel;
import java.util.List;
import org.springframework.security.core.Authentication;

public abstract class AbstractIdCredentialsListBoxModel<T extends AbstractIdCredentialsListBoxModel<T, C>,
        C extends IdCredentials>
        extends ListBoxModel {
    private static final long serialVersionUID = 1L;

    @NonNull
    public AbstractIdCredentialsListBoxModel<T, C> includeEmptyValue() {
        throw new UnsupportedOperationException("signature only");
    }

    public AbstractIdCredentialsListBoxModel<T, C> includeMatchingAs(@NonNull Authentication authentication,
                                                                     @Nullable Item context,
                                                                     @NonNull Class<? extends C> type,
                                                                     @NonNull
                                                                             List<DomainRequirement> domainRequirements,
                                                                     @NonNull CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("signature only");
    }

    @SuppressWarnings("rawtypes") // the real signature takes a raw ItemGroup
    public AbstractIdCredentialsListBoxModel<T, C> includeMatchingAs(@NonNull Authentication authentication,
                                                                     @NonNull ItemGroup context,
                                                                     @NonNull Class<? extends C> type,
                                                                     @NonNull
                                                                             List<DomainRequirement> domainRequirements,
                                                                     @NonNull CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("signature only");
    }

    public AbstractIdCredentialsListBoxModel<T, C> includeCurrentValue(@NonNull String value) {
        throw new UnsupportedOperationException("signature only");
    }
}
