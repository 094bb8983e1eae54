/*
 * Signature of jenkins.scm.api.SCMSourceCriteria from org.jenkins-ci.plugins:scm-api:728.vc30dcf7a_0df5 (jenkinsci/scm-api-plugin, tag 728.vc30dcf7a_0df5),
 * src/main/java/jenkins/scm/api/SCMSourceCriteria.java. Compile-only stand-in (docs/jenkins-build.md).
 * Type only: the plugin receives criteria and passes them on. Left out: isHead and Probe.
 */
package jenkins.scm.api;

import java.io.Serializable;

public interface SCMSourceCriteria extends Serializable {}
