/*
 * Signature of jenkins.scm.api.SCMHeadCategory from org.jenkins-ci.plugins:scm-api:728.vc30dcf7a_0df5 (jenkinsci/scm-api-plugin, tag 728.vc30dcf7a_0df5),
 * src/main/java/jenkins/scm/api/SCMHeadCategory.java. Compile-only stand-in (docs/jenkins-build.md).
 * Type only (returned by getCategories). Left out: supertypes and members; a private constructor.
 */
package jenkins.scm.api;

public abstract class SCMHeadCategory {
    private SCMHeadCategory() {
        throw new UnsupportedOperationException("signature only");
    }
}
