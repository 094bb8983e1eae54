/*
 * Signature of jenkins.scm.api.metadata.ObjectMetadataAction from org.jenkins-ci.plugins:scm-api:728.vc30dcf7a_0df5 (jenkinsci/scm-api-plugin, tag 728.vc30dcf7a_0df5),
 * src/main/java/jenkins/scm/api/metadata/ObjectMetadataAction.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the constructor and the getters. Left out: Serializable, equals/hashCode/toString bodies.
 */
package jenkins.scm.api.metadata;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.InvisibleAction;

public class ObjectMetadataAction extends InvisibleAction implements java.io.Serializable {

    public ObjectMetadataAction(@CheckForNull String objectDisplayName, @CheckForNull String objectDescription,
            @CheckForNull String objectUrl) {
        throw new UnsupportedOperationException("signature only");
    }

    @CheckForNull
    public String getObjectDisplayName() {
        throw new UnsupportedOperationException("signature only");
    }

    @CheckForNull
    public String getObjectDescription() {
        throw new UnsupportedOperationException("signature only");
    }

    @CheckForNull
    public String getObjectUrl() {
        throw new UnsupportedOperationException("signature only");
    }
}
