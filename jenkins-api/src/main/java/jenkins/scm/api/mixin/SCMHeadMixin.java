/*
 * Signature of jenkins.scm.api.mixin.SCMHeadMixin from org.jenkins-ci.plugins:scm-api:728.vc30dcf7a_0df5 (jenkinsci/scm-api-plugin, tag 728.vc30dcf7a_0df5),
 * src/main/java/jenkins/scm/api/mixin/SCMHeadMixin.java. Compile-only stand-in (docs/jenkins-build.md).
 * Complete but for the @Exported annotations and the restricted nested Equality.
 */
package jenkins.scm.api.mixin;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMHeadOrigin;

public interface SCMHeadMixin extends Comparable<SCMHead>, Serializable {
    @NonNull
    String getName();

    @NonNull
    SCMHeadOrigin getOrigin();
}
