/*
 * Signature of org.jenkinsci.plugins.workflow.steps.BodyExecution from org.jenkins-ci.plugins.workflow:workflow-step-api:724.v538c2362b_dfb_ (jenkinsci/workflow-step-api-plugin at commit 0773c3c (2025-11-17), the newest source at hand: bom-2.568.x pins 724.v538c2362b_dfb_, whose commit is not in the stored history; these files last changed 2025-03 or earlier),
 * src/main/java/org/jenkinsci/plugins/workflow/steps/BodyExecution.java. Compile-only stand-in (docs/jenkins-build.md).
 * Type only (returned by BodyInvoker.start): kept cancel(Throwable). Left out: Future, Serializable, the deprecated cancels, getCurrentExecutions; a private constructor.
 */
package org.jenkinsci.plugins.workflow.steps;

public abstract class BodyExecution {

    private BodyExecution() {
        throw new UnsupportedOperationException("signature only");
    }

    public boolean cancel(Throwable t) {
        throw new UnsupportedOperationException("signature only");
    }
}
