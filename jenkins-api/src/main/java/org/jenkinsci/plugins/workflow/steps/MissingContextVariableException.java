/*
 * Signature of org.jenkinsci.plugins.workflow.steps.MissingContextVariableException from org.jenkins-ci.plugins.workflow:workflow-step-api:724.v538c2362b_dfb_ (jenkinsci/workflow-step-api-plugin at commit 0773c3c (2025-11-17), the newest source at hand: bom-2.568.x pins 724.v538c2362b_dfb_, whose commit is not in the stored history; these files last changed 2025-03),
 * src/main/java/org/jenkinsci/plugins/workflow/steps/MissingContextVariableException.java. Compile-only stand-in (docs/jenkins-build.md).
 * Type only (thrown by the final checkContextAvailability); constructors and getters left out, a private constructor instead.
 */
package org.jenkinsci.plugins.workflow.steps;

public class MissingContextVariableException extends Exception {
    private MissingContextVariableException() {
        throw new UnsupportedOperationException("signature only");
    }
}
