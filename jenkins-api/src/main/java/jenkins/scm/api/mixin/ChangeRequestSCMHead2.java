/*
 * Signature of jenkins.scm.api.mixin.ChangeRequestSCMHead2 from org.jenkins-ci.plugins:scm-api:728.vc30dcf7a_0df5 (jenkinsci/scm-api-plugin, tag 728.vc30dcf7a_0df5),
 * src/main/java/jenkins/scm/api/mixin/ChangeRequestSCMHead2.java. Compile-only stand-in (docs/jenkins-build.md).
 * Complete.
 */
package jenkins.scm.api.mixin;

import edu.umd.cs.findbugs.annotations.NonNull;

public interface ChangeRequestSCMHead2 extends ChangeRequestSCMHead {
    @NonNull
    ChangeRequestCheckoutStrategy getCheckoutStrategy();

    @NonNull
    String getOriginName();
}
