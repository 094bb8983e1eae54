/*
 * Signature of jenkins.scm.api.SCMNavigator from org.jenkins-ci.plugins:scm-api:728.vc30dcf7a_0df5 (jenkinsci/scm-api-plugin, tag 728.vc30dcf7a_0df5),
 * src/main/java/jenkins/scm/api/SCMNavigator.java. Compile-only stand-in (docs/jenkins-build.md).
 * Type only (a parameter of SCMHeadEvent.isMatch). Left out: supertypes and members; a private constructor.
 */
package jenkins.scm.api;

public abstract class SCMNavigator {
    private SCMNavigator() {
        throw new UnsupportedOperationException("signature only");
    }
}
