/*
 * Signature of org.jenkinsci.plugins.workflow.steps.EnvironmentExpander from org.jenkins-ci.plugins.workflow:workflow-step-api:724.v538c2362b_dfb_ (jenkinsci/workflow-step-api-plugin at commit 0773c3c (2025-11-17), the newest source at hand: bom-2.568.x pins 724.v538c2362b_dfb_, whose commit is not in the stored history; these files last changed 2025-03 or earlier),
 * src/main/java/org/jenkinsci/plugins/workflow/steps/EnvironmentExpander.java. Compile-only stand-in (docs/jenkins-build.md).
 * Kept: the static constant(Map) and merge, which the plugin calls. Left out: the abstract expand(EnvVars) (the plugin extends nothing here), getSensitiveVariables, getEffectiveEnvironment, Serializable; a private constructor.
 */
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Map;

public abstract class EnvironmentExpander {

    private EnvironmentExpander() {
        throw new UnsupportedOperationException("signature only");
    }

    public static EnvironmentExpander constant(@NonNull Map<String, String> env) {
        throw new UnsupportedOperationException("signature only");
    }

    public static EnvironmentExpander merge(@CheckForNull EnvironmentExpander original,
            @NonNull EnvironmentExpander subsequent) {
        throw new UnsupportedOperationException("signature only");
    }
}
