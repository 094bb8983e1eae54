/*
 * Signature of org.jenkinsci.plugins.workflow.steps.Step from org.jenkins-ci.plugins.workflow:workflow-step-api:724.v538c2362b_dfb_ (jenkinsci/workflow-step-api-plugin at commit 0773c3c (2025-11-17), the newest source at hand: bom-2.568.x pins 724.v538c2362b_dfb_, whose commit is not in the stored history; these files last changed 2025-03),
 * src/main/java/org/jenkinsci/plugins/workflow/steps/Step.java. Compile-only stand-in (docs/jenkins-build.md).
 * Complete: the abstract start and the covariant getDescriptor. Left out: the supertype AbstractDescribableImpl (Describable<Step> kept), ExtensionPoint.
 */
package org.jenkinsci.plugins.workflow.steps;

import hudson.model.Describable;

public abstract class Step implements Describable<Step> {

    public abstract StepExecution start(StepContext context) throws Exception;

    @Override
    public StepDescriptor getDescriptor() {
        throw new UnsupportedOperationException("signature only");
    }
}
