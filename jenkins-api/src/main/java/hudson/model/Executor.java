/*
 * Signature of hudson.model.Executor from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/model/Executor.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: interrupt(Result, CauseOfInterruption...). Left out: the supertypes Thread, ModelObject and
 * IExecutor and every other member; the constructor replaced by a private one.
 */
package hudson.model;

import jenkins.model.CauseOfInterruption;

public class Executor {

    private Executor() {
        throw new UnsupportedOperationException("signature only");
    }

    public void interrupt(Result result, CauseOfInterruption... causes) {
        throw new UnsupportedOperationException("signature only");
    }
}
