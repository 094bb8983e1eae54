/*
 * Signature of jenkins.model.ParameterizedJobMixIn from org.jenkins-ci.main:jenkins-core:2.568.1 (jenkinsci/jenkins, tag jenkins-2.568.1),
 * core/src/main/java/jenkins/model/ParameterizedJobMixIn.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the type parameters with their bounds, the static scheduleBuild2(Job, int, Action...), and the
 * nested ParameterizedJob with its type parameters (its supertypes BuildableItem and TriggeredItem and
 * its members left out). Left out: every other member; the constructor replaced by a private one.
 */
package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.Run;

public abstract class ParameterizedJobMixIn<JobT extends Job<JobT, RunT> & ParameterizedJobMixIn.ParameterizedJob<JobT, RunT> & Queue.Task, RunT extends Run<JobT, RunT> & Queue.Executable> {

    private ParameterizedJobMixIn() {
        throw new UnsupportedOperationException("signature only");
    }

    public static @CheckForNull Queue.Item scheduleBuild2(final Job<?, ?> job, int quietPeriod, Action... actions) {
        throw new UnsupportedOperationException("signature only");
    }

    public interface ParameterizedJob<JobT extends Job<JobT, RunT> & ParameterizedJobMixIn.ParameterizedJob<JobT, RunT> & Queue.Task, RunT extends Run<JobT, RunT> & Queue.Executable> {}
}
