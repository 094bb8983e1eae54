/*
 * Signature of hudson.model.Job from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/hudson/model/Job.java. Compile-only stand-in (docs/jenkins-build.md).
 * The type parameters, Item (through AbstractItem, left out) and getLastBuild. Left out: the other interfaces and every other member; the constructor replaced by a private one.
 */
package hudson.model;

public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> implements Item {

    private Job() {
        throw new UnsupportedOperationException("signature only");
    }

    public RunT getLastBuild() {
        throw new UnsupportedOperationException("signature only");
    }
}
