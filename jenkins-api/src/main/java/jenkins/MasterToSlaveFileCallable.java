/*
 * Signature of jenkins.MasterToSlaveFileCallable from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/jenkins/MasterToSlaveFileCallable.java. Compile-only stand-in (docs/jenkins-build.md).
 * Complete but for the intermediate interface jenkins.agents.ControllerToAgentFileCallable, whose only
 * member is the default checkRoles (left out with RoleSensitive, see FilePath).
 */
package jenkins;

import hudson.FilePath;

public abstract class MasterToSlaveFileCallable<T> implements FilePath.FileCallable<T> {

    private static final long serialVersionUID = 1L;
}
