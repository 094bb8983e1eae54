/*
 * Signature of jenkins.scm.api.SCMSourceOwner from org.jenkins-ci.plugins:scm-api:728.vc30dcf7a_0df5 (jenkinsci/scm-api-plugin, tag 728.vc30dcf7a_0df5),
 * src/main/java/jenkins/scm/api/SCMSourceOwner.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: getSCMSources. Left out: getSCMSource (a default), getSCMSourceCriteria, onSCMSourceUpdated.
 */
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Item;
import java.util.List;

public interface SCMSourceOwner extends Item {
    @NonNull
    List<SCMSource> getSCMSources();
}
