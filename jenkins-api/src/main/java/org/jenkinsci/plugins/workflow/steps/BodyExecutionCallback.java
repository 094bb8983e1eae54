/*
 * Signature of org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback from org.jenkins-ci.plugins.workflow:workflow-step-api:724.v538c2362b_dfb_ (jenkinsci/workflow-step-api-plugin at commit 0773c3c (2025-11-17), the newest source at hand: bom-2.568.x pins 724.v538c2362b_dfb_, whose commit is not in the stored history; these files last changed 2025-03 or earlier),
 * src/main/java/org/jenkinsci/plugins/workflow/steps/BodyExecutionCallback.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the implicit constructor, onStart, the abstract onSuccess and onFailure. Left out: wrap (Guava's FutureCallback) and the nested TailCall.
 */
package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;

public abstract class BodyExecutionCallback implements Serializable {

    public void onStart(StepContext context) {
        throw new UnsupportedOperationException("signature only");
    }

    public abstract void onSuccess(StepContext context, Object result);

    public abstract void onFailure(StepContext context, Throwable t);
}
