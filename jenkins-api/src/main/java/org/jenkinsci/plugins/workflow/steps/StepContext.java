/*
 * Signature of org.jenkinsci.plugins.workflow.steps.StepContext from org.jenkins-ci.plugins.workflow:workflow-step-api:724.v538c2362b_dfb_ (jenkinsci/workflow-step-api-plugin at commit 0773c3c (2025-11-17), the newest source at hand: bom-2.568.x pins 724.v538c2362b_dfb_, whose commit is not in the stored history; these files last changed 2025-03),
 * src/main/java/org/jenkinsci/plugins/workflow/steps/StepContext.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: get(Class), newBodyInvoker, and onSuccess/onFailure (declared by its supertype, Guava's
 * FutureCallback<Object>, redeclared here with that supertype left out). Left out: Serializable and every
 * other member; a private constructor (the plugin never makes one).
 */
package org.jenkinsci.plugins.workflow.steps;

import java.io.IOException;

public abstract class StepContext {

    private StepContext() {
        throw new UnsupportedOperationException("signature only");
    }

    public abstract <T> T get(Class<T> key) throws IOException, InterruptedException;

    public abstract BodyInvoker newBodyInvoker() throws IllegalStateException;

    public abstract void onSuccess(Object result);

    public abstract void onFailure(Throwable t);
}
