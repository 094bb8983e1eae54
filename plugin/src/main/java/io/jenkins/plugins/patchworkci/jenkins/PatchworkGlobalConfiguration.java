package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.util.FormValidation;
import io.jenkins.plugins.patchworkci.scan.ArchiveLink;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.GlobalConfiguration;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * The Patchwork servers Jenkins knows, on the global configuration page. Configuration as Code
 * reaches it as {@code unclassified: patchwork: servers: [...]}, through the same data-bound
 * setter as the form.
 */
@Extension
@Symbol("patchwork")
public final class PatchworkGlobalConfiguration extends GlobalConfiguration {
    private List<PatchworkServer> servers = new ArrayList<>();
    /** The public-inbox archive the build page links series threads in, e.g. https://lore.kernel.org/all/. */
    private String archiveUrl = "";

    public PatchworkGlobalConfiguration() {
        load();
    }

    @NonNull
    public List<PatchworkServer> getServers() {
        // XStream leaves the field null when it reads a configuration saved without the list.
        return servers == null ? List.of() : List.copyOf(servers);
    }

    @DataBoundSetter
    public void setServers(@CheckForNull List<PatchworkServer> servers) {
        this.servers = servers == null ? new ArrayList<>() : new ArrayList<>(servers);
        save();
    }

    /** The public-inbox base URL for archive links, empty for none. */
    @NonNull
    public String getArchiveUrl() {
        return archiveUrl == null ? "" : archiveUrl;
    }

    @DataBoundSetter
    public void setArchiveUrl(@CheckForNull String value) {
        this.archiveUrl = value == null ? "" : value.trim();
        save();
    }

    /** Parses the URL; no request leaves Jenkins. */
    public FormValidation doCheckArchiveUrl(@QueryParameter String value) {
        if (value == null || value.isBlank()) {
            return FormValidation.ok("No archive links on build pages");
        }
        try {
            return FormValidation.ok("Threads: " + ArchiveLink.checkedBase(value) + "<Message-ID>/");
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    /** The server with this name, or null when none is configured under it. */
    @CheckForNull
    public PatchworkServer getServer(@CheckForNull String name) {
        for (PatchworkServer server : getServers()) {
            if (server.getName().equals(name)) {
                return server;
            }
        }
        return null;
    }

    /**
     * Binds the form. A form whose last server was deleted carries no {@code servers} key at all,
     * so binding alone would keep the old list: clear it first, and save whatever the binding
     * left.
     */
    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        servers = new ArrayList<>();
        req.bindJSON(this, json);
        save();
        return true;
    }
}
