package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.GlobalConfiguration;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
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
