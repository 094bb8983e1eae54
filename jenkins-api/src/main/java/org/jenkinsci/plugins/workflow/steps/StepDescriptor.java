/*
 * Signature of org.jenkinsci.plugins.workflow.steps.StepDescriptor from org.jenkins-ci.plugins.workflow:workflow-step-api:724.v538c2362b_dfb_ (jenkinsci/workflow-step-api-plugin at commit 0773c3c (2025-11-17), the newest source at hand: bom-2.568.x pins 724.v538c2362b_dfb_, whose commit is not in the stored history; these files last changed 2025-03),
 * src/main/java/org/jenkinsci/plugins/workflow/steps/StepDescriptor.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the abstract getRequiredContext and getFunctionName, the final checkContextAvailability, and the hooks takesImplicitBlockArgument, getProvidedContext, isAdvanced. Left out: the deprecated newInstance/defineArguments/uninstantiate, meta-step support (the final getMetaStepArgumentType and isMetaStep), the static lookups, argumentsToString.
 */
package org.jenkinsci.plugins.workflow.steps;

import hudson.model.Descriptor;
import java.io.IOException;
import java.util.Set;

public abstract class StepDescriptor extends Descriptor<Step> {

    public abstract Set<? extends Class<?>> getRequiredContext();

    public Set<? extends Class<?>> getProvidedContext() {
        throw new UnsupportedOperationException("signature only");
    }

    public abstract String getFunctionName();

    public boolean takesImplicitBlockArgument() {
        throw new UnsupportedOperationException("signature only");
    }

    public boolean isAdvanced() {
        throw new UnsupportedOperationException("signature only");
    }

    public final void checkContextAvailability(StepContext c)
            throws MissingContextVariableException, IOException, InterruptedException {
        throw new UnsupportedOperationException("signature only");
    }
}
