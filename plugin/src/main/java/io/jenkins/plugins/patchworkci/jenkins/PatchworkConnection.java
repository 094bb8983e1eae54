package io.jenkins.plugins.patchworkci.jenkins;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionList;
import hudson.ProxyConfiguration;
import hudson.security.ACL;
import io.jenkins.plugins.patchworkci.http.HttpSettings;
import io.jenkins.plugins.patchworkci.http.HttpTransport;
import io.jenkins.plugins.patchworkci.http.HttpTransports;
import io.jenkins.plugins.patchworkci.patchwork.ApiToken;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkUrl;
import java.io.IOException;
import java.time.Duration;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * Opens an engine {@link PatchworkClient} for a server configured by name on the global page: its API
 * root, its token (a secret-text credential at the Jenkins root, looked up as SYSTEM because the
 * server is configured by administrators, not by the job), and Jenkins' proxy settings.
 */
final class PatchworkConnection {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private PatchworkConnection() {}

    /** The configured server with this name; an {@link IOException} naming the configured ones if none. */
    @NonNull
    static PatchworkServer server(@CheckForNull String name) throws IOException {
        PatchworkGlobalConfiguration config = ExtensionList.lookupSingleton(PatchworkGlobalConfiguration.class);
        PatchworkServer server = config.getServer(name);
        if (server == null) {
            throw new IOException("No Patchwork server named '" + name + "' is configured (Manage Jenkins » System »"
                    + " Patchwork); configured: " + config.getServers().stream().map(PatchworkServer::getName).toList());
        }
        return server;
    }

    @NonNull
    static PatchworkClient open(@CheckForNull String serverName) throws IOException {
        PatchworkServer server = server(serverName);
        PatchworkUrl url;
        try {
            url = PatchworkUrl.parse(server.getApiUrl());
        } catch (IllegalArgumentException e) {
            throw new IOException("Patchwork server '" + server.getName() + "' has a bad API URL: " + e.getMessage(), e);
        }
        return new PatchworkClient(url.root(), transport(), token(server));
    }

    @CheckForNull
    private static ApiToken token(PatchworkServer server) throws IOException {
        String id = server.getCredentialsId();
        if (id == null) {
            return null;
        }
        StringCredentials credential = CredentialsMatchers.firstOrNull(
                CredentialsProvider.lookupCredentialsInItemGroup(StringCredentials.class, Jenkins.get(), ACL.SYSTEM2,
                        URIRequirementBuilder.fromUri(server.getApiUrl()).build()),
                CredentialsMatchers.withId(id));
        if (credential == null) {
            throw new IOException("Patchwork server '" + server.getName() + "': no secret-text credential with id '"
                    + id + "' applies to " + server.getApiUrl());
        }
        try {
            return ApiToken.of(credential.getSecret().getPlainText());
        } catch (IllegalArgumentException e) {
            throw new IOException("Patchwork server '" + server.getName() + "': credential '" + id + "': "
                    + e.getMessage(), e);
        }
    }

    /**
     * A new HTTP client each time, so a proxy changed in Manage Jenkins applies to the next connection:
     * Jenkins' proxy, the engine's user agent, bounds and retries ({@link HttpTransports}); no redirect
     * followed (Jenkins' client builder follows none).
     */
    private static HttpTransport transport() {
        return HttpTransports.standard(ProxyConfiguration.newHttpClientBuilder(),
                HttpSettings.defaults().withTimeouts(CONNECT_TIMEOUT, REQUEST_TIMEOUT));
    }
}
