/*
 * Signature of jenkins.model.RunAction2 from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/jenkins/model/RunAction2.java. Compile-only stand-in (docs/jenkins-build.md).
 * Complete.
 */
package jenkins.model;

import hudson.model.Action;
import hudson.model.Run;

public interface RunAction2 extends Action {

    void onAttached(Run<?, ?> r);

    void onLoad(Run<?, ?> r);
}
