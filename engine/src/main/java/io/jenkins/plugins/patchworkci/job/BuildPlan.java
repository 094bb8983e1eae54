package io.jenkins.plugins.patchworkci.job;

import java.util.List;

/** What to build and test on one tree, as {@code build:} in the configuration says (read by {@code run.RunConfig}). */
public record BuildPlan(List<List<String>> commands, List<List<String>> perPatch, List<TestSuite> tests) {
    public boolean isEmpty() {
        return commands.isEmpty() && perPatch.isEmpty() && tests.isEmpty();
    }
}
