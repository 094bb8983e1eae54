/*
 * Signature of jenkins.scm.api.SCMHeadOrigin from org.jenkins-ci.plugins:scm-api:728.vc30dcf7a_0df5 (jenkinsci/scm-api-plugin, tag 728.vc30dcf7a_0df5),
 * src/main/java/jenkins/scm/api/SCMHeadOrigin.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: DEFAULT and the class Default (returned as an origin). Left out: Fork, the constructors (never called by the plugin; replaced by a private one).
 */
package jenkins.scm.api;

import java.io.Serializable;

public abstract class SCMHeadOrigin implements Serializable {

    public static final SCMHeadOrigin.Default DEFAULT = null;

    private SCMHeadOrigin() {
        throw new UnsupportedOperationException("signature only");
    }

    public static final class Default extends SCMHeadOrigin {
        private Default() {
            throw new UnsupportedOperationException("signature only");
        }
    }
}
