package io.jenkins.plugins.patchworkci.jenkins;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.patchworkci.inbox.ArchiveLink;
import io.jenkins.plugins.patchworkci.step.NotifyMail;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * The Patchwork servers Jenkins knows, on the global configuration page, with the public-inbox archive,
 * whether Checks API results are posted, and the SMTP server {@code patchworkNotify} uses when the Mailer
 * plugin has none. Configuration as Code reaches it as {@code unclassified: patchwork: servers: [...]},
 * {@code archiveUrl:}, {@code smtpHost:} and so on, through the same data-bound setters as the form.
 */
@Extension
@Symbol("patchwork")
public final class PatchworkGlobalConfiguration extends GlobalConfiguration {
    private List<PatchworkServer> servers = new ArrayList<>();
    @CheckForNull
    private String archiveUrl;
    /** A Boolean, so a configuration saved before the field existed reads as null: on. */
    @CheckForNull
    private Boolean publishChecks;
    @CheckForNull
    private String smtpHost;
    /** A string, as the Mailer plugin keeps it: an emptied number field binds as "" . */
    @CheckForNull
    private String smtpPort;
    @CheckForNull
    private String smtpSecurity;
    @CheckForNull
    private String smtpCredentialsId;
    @CheckForNull
    private String mailFrom;

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

    /**
     * The public-inbox archive messages are linked to, with a Message-ID appended
     * ({@code https://lore.kernel.org/all/}), or null when none is set.
     */
    @CheckForNull
    public String getArchiveUrl() {
        return archiveUrl;
    }

    @DataBoundSetter
    public void setArchiveUrl(@CheckForNull String value) {
        String v = blankToNull(value);
        this.archiveUrl = v == null || v.endsWith("/") ? v : v + "/";
        save();
    }

    /** Whether Checks API results of Patchwork series builds are posted to Patchwork (default on). */
    public boolean isPublishChecks() {
        return publishChecks == null || publishChecks;
    }

    @DataBoundSetter
    public void setPublishChecks(boolean value) {
        this.publishChecks = value;
        save();
    }

    /** The SMTP server {@code patchworkNotify} uses when the Mailer plugin has none; null for none. */
    @CheckForNull
    public String getSmtpHost() {
        return smtpHost;
    }

    @DataBoundSetter
    public void setSmtpHost(@CheckForNull String value) {
        this.smtpHost = blankToNull(value);
        save();
    }

    /** The SMTP port, or null for the usual one of the protection (25, 587, 465). */
    @CheckForNull
    public String getSmtpPort() {
        return smtpPort;
    }

    @DataBoundSetter
    public void setSmtpPort(@CheckForNull String value) {
        String v = blankToNull(value);
        this.smtpPort = v == null || v.equals("0") ? null : v;
        save();
    }

    /** {@code none}, {@code starttls} (the default) or {@code ssl}. */
    @NonNull
    public String getSmtpSecurity() {
        return smtpSecurity == null ? "starttls" : smtpSecurity;
    }

    @DataBoundSetter
    public void setSmtpSecurity(@CheckForNull String value) {
        // Stored as the canonical word; a word NotifyMail does not know is refused here, naming the choices.
        this.smtpSecurity = value == null || value.isBlank() ? null : switch (NotifyMail.security(value)) {
            case NONE -> "none";
            case STARTTLS -> "starttls";
            case TLS -> "ssl";
        };
        save();
    }

    /** The id of a username/password credential for the SMTP login, or null to send without one. */
    @CheckForNull
    public String getSmtpCredentialsId() {
        return smtpCredentialsId;
    }

    @DataBoundSetter
    public void setSmtpCredentialsId(@CheckForNull String value) {
        this.smtpCredentialsId = blankToNull(value);
        save();
    }

    /** The sender of the mail sent through these settings, for example {@code patchwork-ci <ci@example.org>}. */
    @CheckForNull
    public String getMailFrom() {
        return mailFrom;
    }

    @DataBoundSetter
    public void setMailFrom(@CheckForNull String value) {
        this.mailFrom = blankToNull(value);
        save();
    }

    @CheckForNull
    private static String blankToNull(@CheckForNull String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public ListBoxModel doFillSmtpSecurityItems() {
        ListBoxModel items = new ListBoxModel();
        items.add("STARTTLS (port 587)", "starttls");
        items.add("SSL/TLS from the start (port 465)", "ssl");
        items.add("None: a relay on this host or network (port 25)", "none");
        return items;
    }

    /**
     * The username/password credentials usable as the SMTP login. Only administrators configure this
     * page, so only they see the list; anyone else gets back the current value alone.
     */
    @POST
    public ListBoxModel doFillSmtpCredentialsIdItems(@QueryParameter String smtpCredentialsId) {
        String current = smtpCredentialsId == null ? "" : smtpCredentialsId;
        StandardListBoxModel result = new StandardListBoxModel();
        if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
            return result.includeCurrentValue(current);
        }
        return result.includeEmptyValue()
                .includeMatchingAs(ACL.SYSTEM2, Jenkins.get(), StandardUsernamePasswordCredentials.class,
                        List.of(), CredentialsMatchers.always())
                .includeCurrentValue(current);
    }

    public FormValidation doCheckSmtpPort(@QueryParameter String value) {
        try {
            NotifyMail.port(value, NotifyMail.security(null));
            return FormValidation.ok();
        } catch (IllegalArgumentException e) {
            return FormValidation.error("A port is 1-65535 (empty: the usual one for the protection)");
        }
    }

    public FormValidation doCheckMailFrom(@QueryParameter String value, @QueryParameter String smtpHost) {
        if (value == null || value.isBlank()) {
            return smtpHost == null || smtpHost.isBlank() ? FormValidation.ok()
                    : FormValidation.error("A sender address is required with an SMTP server");
        }
        try {
            new jakarta.mail.internet.InternetAddress(value.strip(), true);
            return FormValidation.ok();
        } catch (jakarta.mail.internet.AddressException e) {
            return FormValidation.error("Not a mail address: " + e.getMessage());
        }
    }

    /**
     * Sends a short mail with the values in the form (saved or not). It connects from Jenkins to a
     * server the caller names, with a credential, so it needs POST and Administer.
     */
    @POST
    public FormValidation doSendTestMail(@QueryParameter String smtpHost, @QueryParameter String smtpPort,
            @QueryParameter String smtpSecurity, @QueryParameter String smtpCredentialsId,
            @QueryParameter String mailFrom, @QueryParameter String testRecipient) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        if (testRecipient == null || testRecipient.isBlank()) {
            return FormValidation.error("A recipient is required");
        }
        try {
            NotifySmtp.open(smtpHost, smtpPort, smtpSecurity, smtpCredentialsId, mailFrom).sendTest(testRecipient);
            return FormValidation.ok("Sent to " + testRecipient.strip());
        } catch (IOException | jakarta.mail.MessagingException | IllegalArgumentException e) {
            return FormValidation.error("Not sent: " + e.getMessage());
        }
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
        // Absent keys do not clear a field: reset what the form may leave out.
        archiveUrl = null;
        smtpHost = null;
        smtpPort = null;
        smtpSecurity = null;
        smtpCredentialsId = null;
        mailFrom = null;
        publishChecks = null;
        req.bindJSON(this, json);
        save();
        return true;
    }
}
