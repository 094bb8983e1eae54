package io.jenkins.plugins.patchworkci.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import hudson.ExtensionList;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.Result;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import java.net.URL;
import jenkins.branch.BranchSource;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The build lifecycle in a real Jenkins. The decisions
 * (states, supersession, links) are tested in the engine ({@code step.BuildStatusCheckTest},
 * {@code BuiltVersionTest}, {@code SeriesCheckPostTest}, {@code ArchiveLinkTest}).
 */
@WithJenkins
class BuildLifecycleJenkinsTest {

    @Test
    void theAutomaticCheckContextAndTheArchiveKeepTheirValuesThroughTheForms(JenkinsRule r) throws Exception {
        PatchworkGlobalConfiguration global = ExtensionList.lookupSingleton(PatchworkGlobalConfiguration.class);
        global.setArchiveUrl("https://lore.kernel.org/all/");
        r.configRoundtrip();
        assertEquals("https://lore.kernel.org/all/", global.getArchiveUrl());

        WorkflowMultiBranchProject p = r.createProject(WorkflowMultiBranchProject.class, "netdevbpf");
        PatchworkSCMSource s = new PatchworkSCMSource("kernel.org", "netdevbpf", "https://git.example.org/ci/p.git");
        s.setAutoCheckContext("jenkins");
        p.getSourcesList().add(new BranchSource(s));
        r.configRoundtrip(p);
        assertEquals("jenkins", ((PatchworkSCMSource) p.getSourcesList().get(0).getSource()).getAutoCheckContext());
    }

    @Test
    void buildsOfOtherJobsAreLeftAlone(JenkinsRule r) throws Exception {
        FreeStyleProject job = r.createFreeStyleProject("plain");
        FreeStyleBuild b = r.buildAndAssertSuccess(job);
        assertNull(b.getAction(PatchworkRetestAction.class));
        assertNull(b.getAction(PatchworkVersionsAction.class));
    }

    @Test
    void retestIsAPostWithBuildPermission(JenkinsRule r) throws Exception {
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ).everywhere().to("reader")
                .grant(Jenkins.READ, Item.READ, Item.BUILD).everywhere().to("builder"));
        FreeStyleProject job = r.createFreeStyleProject("plain");
        FreeStyleBuild b = r.buildAndAssertSuccess(job);
        b.addAction(new PatchworkRetestAction()); // as the lifecycle attaches it to a series build
        String url = b.getUrl() + "patchwork-retest/retest";

        // GET is refused whoever asks (Jenkins answers RequirePOST with 405 and a form to POST instead)
        JenkinsRule.WebClient builder = r.createWebClient().withThrowExceptionOnFailingStatusCode(false).login("builder");
        assertEquals(405, builder.getPage(new WebRequest(new URL(r.getURL(), url), HttpMethod.GET))
                .getWebResponse().getStatusCode());
        // without Build permission: no side-panel entry, and the POST is refused
        JenkinsRule.WebClient reader = r.createWebClient().withThrowExceptionOnFailingStatusCode(false).login("reader");
        try (ACLContext as = ACL.as2(User.getById("reader", true).impersonate2())) {
            assertNull(b.getAction(PatchworkRetestAction.class).getIconFileName());
        }
        try (ACLContext as = ACL.as2(User.getById("builder", true).impersonate2())) {
            assertEquals("redo.png", b.getAction(PatchworkRetestAction.class).getIconFileName());
        }
        assertEquals(403, reader.getPage(new WebRequest(reader.createCrumbedUrl(url), HttpMethod.POST))
                .getWebResponse().getStatusCode());
        // with it, a build of no series is refused with the reason, and nothing is scheduled
        assertEquals(409, builder.getPage(new WebRequest(builder.createCrumbedUrl(url), HttpMethod.POST))
                .getWebResponse().getStatusCode());
        assertEquals(0, r.jenkins.getQueue().getItems().length);
        assertEquals(Result.SUCCESS, b.getResult());
    }
}
