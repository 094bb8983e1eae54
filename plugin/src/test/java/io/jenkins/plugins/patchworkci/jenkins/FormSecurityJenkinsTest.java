package io.jenkins.plugins.patchworkci.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl;
import hudson.model.Item;
import hudson.util.Secret;
import java.net.URL;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The form endpoints through Jenkins' own web layer: the ones that make Jenkins connect somewhere
 * (Patchwork, an SMTP server) answer POST only and only to administrators (job configurers for a
 * job's project check), and the credential drop-downs list no credential id to a user who may not
 * configure where they are used.
 */
@WithJenkins
class FormSecurityJenkinsTest {
    private static final String SERVER = "descriptorByName/" + PatchworkServer.class.getName() + "/";
    private static final String GLOBAL = "descriptorByName/" + PatchworkGlobalConfiguration.class.getName() + "/";
    private static final String SOURCE = "descriptorByName/" + PatchworkSCMSource.class.getName() + "/";

    private JenkinsRule r;

    @BeforeEach
    void usersAndCredentials(JenkinsRule r) throws Exception {
        this.r = r;
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER).everywhere().to("admin")
                .grant(Jenkins.READ, Item.READ, Item.DISCOVER).everywhere().to("reader"));
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(
                CredentialsScope.GLOBAL, "patchwork-token", "token", Secret.fromString("s3cret-token")));
        SystemCredentialsProvider.getInstance().getCredentials().add(new UsernamePasswordCredentialsImpl(
                CredentialsScope.GLOBAL, "smtp-login", "login", "ci", "s3cret-password"));
        SystemCredentialsProvider.getInstance().save();
        r.createProject(WorkflowMultiBranchProject.class, "netdevbpf");
    }

    @Test
    void checksThatConnectSomewhereArePostOnlyAndForAdministrators() throws Exception {
        // Nothing listens on port 1 of the loopback address: an administrator's check fails at once,
        // and says so in the form (HTTP 200), which proves it ran.
        for (String endpoint : new String[] {
                SERVER + "testConnection?apiUrl=http://127.0.0.1:1/api/&credentialsId=patchwork-token",
                GLOBAL + "sendTestMail?smtpHost=127.0.0.1&smtpPort=1&smtpSecurity=none&mailFrom=ci@example.org"
                        + "&testRecipient=you@example.org",
                SOURCE + "checkProject?serverName=kernel.org&value=netdevbpf",
                "job/netdevbpf/" + SOURCE + "checkProject?serverName=kernel.org&value=netdevbpf"}) {
            assertThat(get("admin", endpoint).getStatusCode()).as("GET %s", endpoint).isIn(404, 405);
            assertThat(post("reader", endpoint).getStatusCode()).as("POST %s as a reader", endpoint).isEqualTo(403);
            WebResponse asAdmin = post("admin", endpoint);
            assertThat(asAdmin.getStatusCode()).as("POST %s as an administrator", endpoint).isEqualTo(200);
            assertThat(asAdmin.getContentAsString()).as("POST %s as an administrator", endpoint).contains("error");
        }
    }

    @Test
    void credentialDropDownsListNoIdsToUsersWhoCannotConfigure() throws Exception {
        String[][] lists = {
            {SERVER + "fillCredentialsIdItems?apiUrl=https://patchwork.example.org/api/&credentialsId=", "patchwork-token"},
            {GLOBAL + "fillSmtpCredentialsIdItems?smtpCredentialsId=", "smtp-login"},
            {SOURCE + "fillPipelineCredentialsIdItems?pipelineRepository=https://git.example.org/ci.git"
                    + "&pipelineCredentialsId=", "smtp-login"},
            {"job/netdevbpf/" + SOURCE + "fillPipelineCredentialsIdItems"
                    + "?pipelineRepository=https://git.example.org/ci.git&pipelineCredentialsId=", "smtp-login"},
        };
        for (String[] list : lists) {
            assertThat(post("admin", list[0]).getContentAsString()).as("%s as an administrator", list[0])
                    .contains(list[1]);
            WebResponse asReader = post("reader", list[0]);
            assertThat(asReader.getStatusCode()).as("%s as a reader", list[0]).isEqualTo(200);
            assertThat(asReader.getContentAsString()).as("%s as a reader", list[0])
                    .doesNotContain("patchwork-token").doesNotContain("smtp-login");
        }
    }

    private WebResponse get(String user, String endpoint) throws Exception {
        return client(user).getPage(new WebRequest(new URL(r.getURL(), endpoint), HttpMethod.GET)).getWebResponse();
    }

    private WebResponse post(String user, String endpoint) throws Exception {
        JenkinsRule.WebClient client = client(user);
        return client.getPage(new WebRequest(client.createCrumbedUrl(endpoint), HttpMethod.POST)).getWebResponse();
    }

    private JenkinsRule.WebClient client(String user) throws Exception {
        return r.createWebClient().withThrowExceptionOnFailingStatusCode(false).login(user);
    }
}
