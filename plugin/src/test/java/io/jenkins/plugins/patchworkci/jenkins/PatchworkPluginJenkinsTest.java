package io.jenkins.plugins.patchworkci.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.ExtensionList;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import jenkins.branch.BranchSource;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The branch source, its form and the steps' registration, in a real Jenkins.
 */
@WithJenkins
class PatchworkPluginJenkinsTest {

    private static void server(String name, String apiUrl) {
        ExtensionList.lookupSingleton(PatchworkGlobalConfiguration.class)
                .setServers(List.of(new PatchworkServer(name, apiUrl)));
    }

    @Test
    void theSourceKeepsItsConfigurationThroughTheForm(JenkinsRule r) throws Exception {
        server("kernel.org", "https://patchwork.kernel.org/api/");
        WorkflowMultiBranchProject p = r.createProject(WorkflowMultiBranchProject.class, "netdevbpf");
        PatchworkSCMSource s = new PatchworkSCMSource("kernel.org", "netdevbpf", "https://git.example.org/ci/p.git");
        s.setRouting("bpf");
        s.setSkipRfc(true);
        s.setMaxAgeDays(7);
        s.setIncludeTags("bpf-next bpf");
        s.setDenySubmitters("bot@example.org");
        p.getSourcesList().add(new BranchSource(s));

        r.configRoundtrip(p);

        PatchworkSCMSource after = (PatchworkSCMSource) p.getSourcesList().get(0).getSource();
        assertEquals("kernel.org", after.getServerName());
        assertEquals("netdevbpf", after.getProject());
        assertEquals("https://git.example.org/ci/p.git", after.getPipelineRepository());
        assertEquals("bpf", after.getRouting());
        assertTrue(after.isSkipRfc());
        assertEquals(7, after.getMaxAgeDays());
        assertEquals("bpf-next bpf", after.getIncludeTags());
        assertEquals("bot@example.org", after.getDenySubmitters());
    }

    @Test
    void anUnreachablePatchworkFailsTheScanInsteadOfFindingNoSeries(JenkinsRule r) throws Exception {
        server("down", "http://127.0.0.1:9/api/");
        PatchworkSCMSource s = new PatchworkSCMSource("down", "netdevbpf", "https://git.example.org/ci/p.git");
        assertThrows(IOException.class, () -> s.fetch(jenkins.scm.api.SCMHeadObserver.collect(), null));
    }

    @Test
    void theStepsAreThereUnderTheirNames(JenkinsRule r) {
        for (String name : List.of("patchworkSeries", "patchworkCheckout", "patchworkEachPatch", "patchworkCheck",
                "patchworkVerify", "patchworkNotify")) {
            assertNotNull(StepDescriptor.byFunctionName(name), name);
        }
        assertTrue(StepDescriptor.byFunctionName("patchworkEachPatch").takesImplicitBlockArgument());
    }

    @Test
    void theStepsAskForTheBuildItsLogAndOnlyTheAgentStepsForAWorkspace(JenkinsRule r) {
        // PatchworkStepDescriptor builds these sets; the agent steps add FilePath
        for (String name : List.of("patchworkSeries", "patchworkEachPatch", "patchworkCheck", "patchworkNotify")) {
            assertEquals(Set.of(Run.class, TaskListener.class), StepDescriptor.byFunctionName(name).getRequiredContext(),
                    name);
        }
        for (String name : List.of("patchworkCheckout", "patchworkVerify")) {
            assertEquals(Set.of(Run.class, TaskListener.class, FilePath.class),
                    StepDescriptor.byFunctionName(name).getRequiredContext(), name);
        }
        assertEquals("Post a check to Patchwork", StepDescriptor.byFunctionName("patchworkCheck").getDisplayName());
    }
}
