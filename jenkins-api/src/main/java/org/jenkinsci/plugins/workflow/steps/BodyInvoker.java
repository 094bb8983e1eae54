/*
 * Signature of org.jenkinsci.plugins.workflow.steps.BodyInvoker from org.jenkins-ci.plugins.workflow:workflow-step-api:724.v538c2362b_dfb_ (jenkinsci/workflow-step-api-plugin at commit 0773c3c (2025-11-17), the newest source at hand: bom-2.568.x pins 724.v538c2362b_dfb_, whose commit is not in the stored history; these files last changed 2025-03 or earlier),
 * src/main/java/org/jenkinsci/plugins/workflow/steps/BodyInvoker.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: withContext, withDisplayName, withCallback(BodyExecutionCallback) and start, the members the plugin calls. Left out: withContexts, the final withCallback(FutureCallback) (Guava's type; no BodyExecutionCallback is one, so no call can pick it), the static merge helpers; a private constructor.
 */
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;

public abstract class BodyInvoker {

    private BodyInvoker() {
        throw new UnsupportedOperationException("signature only");
    }

    public abstract BodyInvoker withContext(Object override);

    public abstract BodyInvoker withDisplayName(@NonNull String name);

    public abstract BodyInvoker withCallback(BodyExecutionCallback callback);

    public abstract BodyExecution start();
}
