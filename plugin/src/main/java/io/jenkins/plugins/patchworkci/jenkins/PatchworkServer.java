package io.jenkins.plugins.patchworkci.jenkins;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ProxyConfiguration;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.patchworkci.patchwork.ApiToken;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkProbe;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkUrl;
import java.time.Duration;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * One Patchwork server that Jenkins talks to: a name jobs refer to, the root of its REST API, and
 * optionally the id of a secret-text credential holding an API token (needed to post checks).
 *
 * <p>It implements {@link Describable} directly: {@code AbstractDescribableImpl} is deprecated
 * since Jenkins 2.505, whose {@code Describable#getDescriptor()} has a default.
 */
public final class PatchworkServer implements Describable<PatchworkServer> {
    private final String name;
    private final String apiUrl;
    @CheckForNull
    private String credentialsId;

    @DataBoundConstructor
    public PatchworkServer(String name, String apiUrl) {
        this.name = name == null ? "" : name.trim();
        this.apiUrl = apiUrl == null ? "" : apiUrl.trim();
    }

    /** The name jobs and pipeline steps use to pick this server. */
    @NonNull
    public String getName() {
        return name;
    }

    /** The API root as entered, for example {@code https://patchwork.kernel.org/api/}. */
    @NonNull
    public String getApiUrl() {
        return apiUrl;
    }

    /** The id of the secret-text credential with the API token, or null for anonymous access. */
    @CheckForNull
    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(@CheckForNull String credentialsId) {
        this.credentialsId = credentialsId == null || credentialsId.isBlank() ? null : credentialsId.trim();
    }

    @Override
    public String toString() {
        // No credential id here on purpose: this string may end up in logs.
        return "PatchworkServer[" + name + ", " + apiUrl + "]";
    }

    @Extension
    @Symbol("patchworkServer")
    public static final class DescriptorImpl extends Descriptor<PatchworkServer> {
        private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(15);

        @NonNull
        @Override
        public String getDisplayName() {
            return "Patchwork server";
        }

        public FormValidation doCheckName(@QueryParameter String value) {
            if (value == null || value.isBlank()) {
                return FormValidation.error("A name is required: jobs refer to the server by it");
            }
            return FormValidation.ok();
        }

        /** Checks the syntax only: no request leaves Jenkins, so it needs no permission. */
        public FormValidation doCheckApiUrl(@QueryParameter String value) {
            PatchworkUrl url;
            try {
                url = PatchworkUrl.parse(value);
            } catch (IllegalArgumentException e) {
                return FormValidation.error(e.getMessage());
            }
            if (!url.isEncrypted()) {
                return FormValidation.warning("Plain http: the API token would cross the network unencrypted");
            }
            if (!url.endsInApi()) {
                return FormValidation.warning("Patchwork serves its REST API under /api/ (for example "
                        + "https://patchwork.kernel.org/api/); is this the API root?");
            }
            return FormValidation.ok();
        }

        /**
         * Lists the secret-text credentials usable for the server. Servers are configured only on
         * the global configuration page, so only administrators see the list; anyone else gets back
         * just the current value, which keeps the form idempotent without revealing other ids.
         */
        @POST
        public ListBoxModel doFillCredentialsIdItems(@QueryParameter String apiUrl, @QueryParameter String credentialsId) {
            String current = credentialsId == null ? "" : credentialsId;
            StandardListBoxModel result = new StandardListBoxModel();
            if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
                return result.includeCurrentValue(current);
            }
            return result.includeEmptyValue()
                    .includeMatchingAs(ACL.SYSTEM2, Jenkins.get(), StringCredentials.class,
                            domainRequirements(apiUrl), CredentialsMatchers.always())
                    .includeCurrentValue(current);
        }

        /**
         * Asks the server for its API index with the selected token. It sends a request from
         * Jenkins to an address the caller chooses, so it needs POST and Administer.
         */
        @POST
        public FormValidation doTestConnection(@QueryParameter String apiUrl, @QueryParameter String credentialsId)
                throws InterruptedException {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            PatchworkUrl url;
            try {
                url = PatchworkUrl.parse(apiUrl);
            } catch (IllegalArgumentException e) {
                return FormValidation.error(e.getMessage());
            }
            ApiToken token = null;
            if (credentialsId != null && !credentialsId.isBlank()) {
                StringCredentials credential = CredentialsMatchers.firstOrNull(
                        CredentialsProvider.lookupCredentialsInItemGroup(StringCredentials.class, Jenkins.get(),
                                ACL.SYSTEM2, domainRequirements(apiUrl)),
                        CredentialsMatchers.withId(credentialsId));
                if (credential == null) {
                    return FormValidation.error("No secret-text credential with id " + credentialsId
                            + " applies to " + url);
                }
                String secret = credential.getSecret().getPlainText();
                if (!secret.isEmpty()) {
                    try {
                        token = ApiToken.of(secret);
                    } catch (IllegalArgumentException e) {
                        return FormValidation.error("Credential " + credentialsId + ": " + e.getMessage());
                    }
                }
            }
            // A new client each time, so a proxy changed in Manage Jenkins applies at once.
            PatchworkProbe probe = new PatchworkProbe(ProxyConfiguration.newHttpClientBuilder(), PROBE_TIMEOUT);
            PatchworkProbe.Outcome outcome = probe.probe(url.root(), token);
            return outcome.ok() ? FormValidation.ok(outcome.message()) : FormValidation.error(outcome.message());
        }

        private static List<DomainRequirement> domainRequirements(@CheckForNull String apiUrl) {
            return URIRequirementBuilder.fromUri(apiUrl == null ? null : apiUrl.trim()).build();
        }
    }
}
