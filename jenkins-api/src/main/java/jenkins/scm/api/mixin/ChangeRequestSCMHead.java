/*
 * Signature of jenkins.scm.api.mixin.ChangeRequestSCMHead from org.jenkins-ci.plugins:scm-api:728.vc30dcf7a_0df5 (jenkinsci/scm-api-plugin, tag 728.vc30dcf7a_0df5),
 * src/main/java/jenkins/scm/api/mixin/ChangeRequestSCMHead.java. Compile-only stand-in (docs/jenkins-build.md).
 * Complete but for the @Exported annotations.
 */
package jenkins.scm.api.mixin;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.scm.api.SCMHead;

public interface ChangeRequestSCMHead extends SCMHeadMixin {

    @NonNull
    String getId();

    @NonNull
    SCMHead getTarget();
}
