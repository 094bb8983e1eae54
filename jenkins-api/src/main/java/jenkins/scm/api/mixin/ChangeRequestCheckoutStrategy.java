/*
 * Signature of jenkins.scm.api.mixin.ChangeRequestCheckoutStrategy from org.jenkins-ci.plugins:scm-api:728.vc30dcf7a_0df5 (jenkinsci/scm-api-plugin, tag 728.vc30dcf7a_0df5),
 * src/main/java/jenkins/scm/api/mixin/ChangeRequestCheckoutStrategy.java. Compile-only stand-in (docs/jenkins-build.md).
 * Complete.
 */
package jenkins.scm.api.mixin;

public enum ChangeRequestCheckoutStrategy {
    HEAD,
    MERGE
}
