/*
 * Signature of jenkins.scm.api.SCMSourceDescriptor from org.jenkins-ci.plugins:scm-api:728.vc30dcf7a_0df5 (jenkinsci/scm-api-plugin, tag 728.vc30dcf7a_0df5),
 * src/main/java/jenkins/scm/api/SCMSourceDescriptor.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the implicit constructor, the final method getCategories, and isApplicable (which the plugin may override). Left out: IconSpec, the static forOwner lookups, traits defaults, categories hooks.
 */
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Descriptor;
import java.util.Set;

public abstract class SCMSourceDescriptor extends Descriptor<SCMSource> {

    public boolean isApplicable(java.lang.Class<? extends SCMSourceOwner> owner) {
        throw new UnsupportedOperationException("signature only");
    }

    @NonNull
    public synchronized final Set<SCMHeadCategory> getCategories() {
        throw new UnsupportedOperationException("signature only");
    }
}
