package io.jenkins.plugins.patchworkci.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.ExtensionList;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.TaskListener;
import io.jenkins.plugins.checks.api.ChecksPublisherFactory;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The global page's archive, Checks API and mail settings, and the Checks API factory, in a real Jenkins.
 */
@WithJenkins
class PatchworkGlobalSettingsJenkinsTest {

    @Test
    void theMailAndArchiveSettingsSurviveTheForm(JenkinsRule r) throws Exception {
        PatchworkGlobalConfiguration c = ExtensionList.lookupSingleton(PatchworkGlobalConfiguration.class);
        c.setArchiveUrl("https://lore.kernel.org/all");
        c.setSmtpHost("smtp.example.org");
        c.setSmtpPort("465");
        c.setSmtpSecurity("ssl");
        c.setSmtpCredentialsId("smtp-login");
        c.setMailFrom("patchwork-ci <ci@example.org>");
        c.setPublishChecks(false);

        r.configRoundtrip();

        assertEquals("https://lore.kernel.org/all/", c.getArchiveUrl());
        assertEquals("smtp.example.org", c.getSmtpHost());
        assertEquals("465", c.getSmtpPort());
        assertEquals("ssl", c.getSmtpSecurity());
        assertEquals("smtp-login", c.getSmtpCredentialsId());
        assertEquals("patchwork-ci <ci@example.org>", c.getMailFrom());
        assertFalse(c.isPublishChecks());
    }

    @Test
    void theChecksFactoryIsRegisteredAndLeavesOtherJobsAlone(JenkinsRule r) throws Exception {
        PatchworkChecksPublisherFactory factory = ExtensionList.lookupSingleton(PatchworkChecksPublisherFactory.class);
        assertTrue(ExtensionList.lookup(ChecksPublisherFactory.class).contains(factory));
        FreeStyleProject p = r.createFreeStyleProject();
        FreeStyleBuild b = r.buildAndAssertSuccess(p);
        assertTrue(factory.createPublisher(b, TaskListener.NULL).isEmpty());
        assertNull(ExtensionList.lookupSingleton(PatchworkGlobalConfiguration.class).getArchiveUrl());
    }
}
