/*
 * Signature of org.jenkinsci.plugins.workflow.steps.StepExecution from org.jenkins-ci.plugins.workflow:workflow-step-api:724.v538c2362b_dfb_ (jenkinsci/workflow-step-api-plugin at commit 0773c3c (2025-11-17), the newest source at hand: bom-2.568.x pins 724.v538c2362b_dfb_, whose commit is not in the stored history; these files last changed 2025-03),
 * src/main/java/org/jenkinsci/plugins/workflow/steps/StepExecution.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the context constructor, getContext, the abstract start, stop, onResume, getStatus, blocksRestart and the final getStatusBounded. Left out: the deprecated no-argument constructor, Serializable, the static acceptAll/applyAll.
 */
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.concurrent.TimeUnit;

public abstract class StepExecution {

    protected StepExecution(@NonNull StepContext context) {
        throw new UnsupportedOperationException("signature only");
    }

    public @NonNull StepContext getContext() {
        throw new UnsupportedOperationException("signature only");
    }

    public abstract boolean start() throws Exception;

    public void stop(@NonNull Throwable cause) throws Exception {
        throw new UnsupportedOperationException("signature only");
    }

    public void onResume() {
        throw new UnsupportedOperationException("signature only");
    }

    public @CheckForNull String getStatus() {
        throw new UnsupportedOperationException("signature only");
    }

    public boolean blocksRestart() {
        throw new UnsupportedOperationException("signature only");
    }

    public final @CheckForNull String getStatusBounded(long timeout, TimeUnit unit) {
        throw new UnsupportedOperationException("signature only");
    }
}
