package io.jenkins.plugins.patchworkci.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import hudson.ExtensionList;
import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorRegistry;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.Util;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The global Patchwork configuration from Configuration as Code ({@code unclassified: patchwork:}), through
 * the global form afterwards, and its export. The configuration-as-code test-harness API used here was read in jenkinsci/configuration-as-code-plugin
 * (test-harness: {@code @WithJenkinsConfiguredWithCode}, {@code @ConfiguredWithCode}, {@code Util}).
 */
@WithJenkinsConfiguredWithCode
class PatchworkCascJenkinsTest {

    private static PatchworkGlobalConfiguration global() {
        return ExtensionList.lookupSingleton(PatchworkGlobalConfiguration.class);
    }

    @Test
    @ConfiguredWithCode("patchwork-casc.yaml")
    void everyGlobalFieldIsSetFromYaml(JenkinsConfiguredWithCodeRule r) {
        PatchworkGlobalConfiguration c = global();

        List<PatchworkServer> servers = c.getServers();
        assertEquals(2, servers.size(), servers.toString());
        assertEquals("kernel.org", servers.get(0).getName());
        assertEquals("https://patchwork.kernel.org/api/", servers.get(0).getApiUrl());
        assertEquals("patchwork-token", servers.get(0).getCredentialsId());
        assertEquals("staging", servers.get(1).getName());
        assertEquals("https://patchwork.example.org/api/", servers.get(1).getApiUrl());
        assertNull(servers.get(1).getCredentialsId());
        // the setters' normalisation applies to YAML as to the form: the archive gains its slash
        assertEquals("https://lore.kernel.org/all/", c.getArchiveUrl());
        assertFalse(c.isPublishChecks());
        assertEquals("smtp.example.org", c.getSmtpHost());
        assertEquals("465", c.getSmtpPort());
        assertEquals("ssl", c.getSmtpSecurity());
        assertEquals("smtp-login", c.getSmtpCredentialsId());
        assertEquals("patchwork-ci <ci@example.org>", c.getMailFrom());
        assertEquals("https://patchwork.kernel.org/api/", c.getServer("kernel.org").getApiUrl());
    }

    @Test
    @ConfiguredWithCode("patchwork-casc.yaml")
    void whatYamlSetSurvivesTheGlobalForm(JenkinsConfiguredWithCodeRule r) throws Exception {
        // the servers list, with a credential id no credential matches, goes through the form unchanged
        r.configRoundtrip();

        PatchworkGlobalConfiguration c = global();
        assertEquals(List.of("kernel.org", "staging"), c.getServers().stream().map(PatchworkServer::getName).toList());
        assertEquals(List.of("https://patchwork.kernel.org/api/", "https://patchwork.example.org/api/"),
                c.getServers().stream().map(PatchworkServer::getApiUrl).toList());
        assertEquals("patchwork-token", c.getServers().get(0).getCredentialsId());
        assertNull(c.getServers().get(1).getCredentialsId());
        assertEquals("https://lore.kernel.org/all/", c.getArchiveUrl());
        assertFalse(c.isPublishChecks());
        assertEquals("smtp.example.org", c.getSmtpHost());
        assertEquals("465", c.getSmtpPort());
        assertEquals("ssl", c.getSmtpSecurity());
        assertEquals("smtp-login", c.getSmtpCredentialsId());
        assertEquals("patchwork-ci <ci@example.org>", c.getMailFrom());
    }

    @Test
    @ConfiguredWithCode("patchwork-casc.yaml")
    @SuppressWarnings("unchecked")
    void theExportReadsBackAsTheSameConfiguration(JenkinsConfiguredWithCodeRule r) throws Exception {
        ConfigurationContext context = new ConfigurationContext(ConfiguratorRegistry.get());
        String exported = Util.toYamlString(Util.getUnclassifiedRoot(context).get("patchwork"));

        Map<String, Object> yaml = new Yaml().load(exported);
        List<Map<String, Object>> servers = (List<Map<String, Object>>) yaml.get("servers");
        assertEquals(2, servers.size(), exported);
        assertEquals("kernel.org", servers.get(0).get("name"), exported);
        assertEquals("https://patchwork.kernel.org/api/", servers.get(0).get("apiUrl"), exported);
        assertEquals("patchwork-token", servers.get(0).get("credentialsId"), exported);
        assertEquals("staging", servers.get(1).get("name"), exported);
        assertFalse(servers.get(1).containsKey("credentialsId"), exported);
        assertEquals("https://lore.kernel.org/all/", yaml.get("archiveUrl"), exported);
        assertEquals(Boolean.FALSE, yaml.get("publishChecks"), exported);
        assertEquals("smtp.example.org", yaml.get("smtpHost"), exported);
        assertEquals("465", String.valueOf(yaml.get("smtpPort")), exported);
        assertEquals("ssl", yaml.get("smtpSecurity"), exported);
        assertEquals("smtp-login", yaml.get("smtpCredentialsId"), exported);
        assertEquals("patchwork-ci <ci@example.org>", yaml.get("mailFrom"), exported);
    }
}
