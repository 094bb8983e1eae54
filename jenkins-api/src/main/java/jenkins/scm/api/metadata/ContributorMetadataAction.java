/*
 * Signature of jenkins.scm.api.metadata.ContributorMetadataAction from org.jenkins-ci.plugins:scm-api:728.vc30dcf7a_0df5 (jenkinsci/scm-api-plugin, tag 728.vc30dcf7a_0df5),
 * src/main/java/jenkins/scm/api/metadata/ContributorMetadataAction.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the constructor and the getters.
 */
package jenkins.scm.api.metadata;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.InvisibleAction;

public class ContributorMetadataAction extends InvisibleAction implements java.io.Serializable {

    public ContributorMetadataAction(String contributor, String contributorDisplayName, String contributorEmail) {
        throw new UnsupportedOperationException("signature only");
    }

    @CheckForNull
    public String getContributor() {
        throw new UnsupportedOperationException("signature only");
    }

    @CheckForNull
    public String getContributorDisplayName() {
        throw new UnsupportedOperationException("signature only");
    }

    @CheckForNull
    public String getContributorEmail() {
        throw new UnsupportedOperationException("signature only");
    }
}
