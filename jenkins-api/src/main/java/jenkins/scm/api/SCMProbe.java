/*
 * Signature of jenkins.scm.api.SCMProbe from org.jenkins-ci.plugins:scm-api:728.vc30dcf7a_0df5 (jenkinsci/scm-api-plugin, tag 728.vc30dcf7a_0df5),
 * src/main/java/jenkins/scm/api/SCMProbe.java. Compile-only stand-in (docs/jenkins-build.md).
 * Type only (the return type of SCMSource.newProbe). Left out: supertypes and members; a private constructor.
 */
package jenkins.scm.api;

public abstract class SCMProbe {
    private SCMProbe() {
        throw new UnsupportedOperationException("signature only");
    }
}
