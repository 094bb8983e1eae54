/*
 * Signature of org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution from org.jenkins-ci.plugins.workflow:workflow-step-api:724.v538c2362b_dfb_ (jenkinsci/workflow-step-api-plugin at commit 0773c3c (2025-11-17), the newest source at hand: bom-2.568.x pins 724.v538c2362b_dfb_, whose commit is not in the stored history; these files last changed 2025-03),
 * src/main/java/org/jenkinsci/plugins/workflow/steps/SynchronousNonBlockingStepExecution.java. Compile-only stand-in (docs/jenkins-build.md).
 * Complete: the constructor, the abstract run, the final start, stop and onResume.
 */
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;

public abstract class SynchronousNonBlockingStepExecution<T> extends StepExecution {

    protected SynchronousNonBlockingStepExecution(@NonNull StepContext context) {
        super(context);
        throw new UnsupportedOperationException("signature only");
    }

    protected abstract T run() throws Exception;

    @Override
    public final boolean start() throws Exception {
        throw new UnsupportedOperationException("signature only");
    }

    @Override
    public void stop(Throwable cause) throws Exception {
        throw new UnsupportedOperationException("signature only");
    }

    @Override
    public void onResume() {
        throw new UnsupportedOperationException("signature only");
    }
}
