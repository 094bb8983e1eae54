package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;

/**
 * What every patchwork* step's descriptor says: its function name, its display name, and that it needs the
 * build ({@link Run}) and its log ({@link TaskListener}), plus whatever else the step names (the workspace,
 * for the steps that work on the agent). Each step's {@code DescriptorImpl} passes these to the constructor
 * and keeps only what is its own (form checks, a block argument). Public, as Jenkins and Stapler reach
 * these methods by reflection through the public {@code DescriptorImpl}s.
 */
public abstract class PatchworkStepDescriptor extends StepDescriptor {

    private final String functionName;
    private final String displayName;
    private final Set<Class<?>> requiredContext;

    /**
     * @param functionName the pipeline step's name
     * @param displayName its name in the snippet generator
     * @param alsoRequired context the step needs beyond the build and its log
     */
    protected PatchworkStepDescriptor(@NonNull String functionName, @NonNull String displayName,
            @NonNull Class<?>... alsoRequired) {
        this.functionName = functionName;
        this.displayName = displayName;
        Set<Class<?>> required = new LinkedHashSet<>(List.of(Run.class, TaskListener.class));
        required.addAll(List.of(alsoRequired));
        this.requiredContext = Set.copyOf(required);
    }

    @Override
    public final Set<? extends Class<?>> getRequiredContext() {
        return requiredContext;
    }

    @Override
    public final String getFunctionName() {
        return functionName;
    }

    @NonNull
    @Override
    public final String getDisplayName() {
        return displayName;
    }
}
