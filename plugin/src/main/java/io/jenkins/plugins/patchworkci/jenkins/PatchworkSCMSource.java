package io.jenkins.plugins.patchworkci.jenkins;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.model.Action;
import hudson.model.Item;
import hudson.model.TaskListener;
import hudson.plugins.git.BranchSpec;
import hudson.plugins.git.GitSCM;
import hudson.plugins.git.UserRemoteConfig;
import hudson.scm.SCM;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.patchworkci.patchwork.PatchRef;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.route.Presets;
import io.jenkins.plugins.patchworkci.route.RoutingConfig;
import io.jenkins.plugins.patchworkci.route.RoutingConfigException;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.scan.FinalStates;
import io.jenkins.plugins.patchworkci.scan.HeadChange;
import io.jenkins.plugins.patchworkci.scan.HeadVersion;
import io.jenkins.plugins.patchworkci.scan.LineageHead;
import io.jenkins.plugins.patchworkci.scan.ScanFilter;
import io.jenkins.plugins.patchworkci.scan.ScanResult;
import io.jenkins.plugins.patchworkci.scan.SeriesCache;
import io.jenkins.plugins.patchworkci.scan.SeriesScan;
import io.jenkins.plugins.patchworkci.series.Series;
import io.jenkins.plugins.patchworkci.step.BuildStatusCheck;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMHeadEvent;
import jenkins.scm.api.SCMHeadObserver;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceCriteria;
import jenkins.scm.api.SCMSourceDescriptor;
import jenkins.scm.api.metadata.ContributorMetadataAction;
import jenkins.scm.api.metadata.ObjectMetadataAction;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * A Patchwork project as a multibranch source: one head per series lineage and target tree, one
 * revision per version (the engine's {@code scan} package decides all of it; this class translates).
 *
 * <p>Where the Jenkinsfile comes from: {@link #build} returns the <em>pipeline repository</em> (a git
 * repository the administrator controls), never anything built from mail, so the Jenkinsfile is
 * trusted by construction; {@link #getTrustedRevision} answers the target tree's branch, never the
 * patched tree. The series itself is applied on the agent by {@code patchworkCheckout}.
 *
 * <p>A scan that cannot read Patchwork raises (the engine's {@code ScanFailedException}): branch-api
 * then keeps every job, instead of deleting them as if the project had no series.
 */
public final class PatchworkSCMSource extends SCMSource {

    private static final Logger LOG = Logger.getLogger(PatchworkSCMSource.class.getName());

    private final String serverName;
    private final String project;
    private final String pipelineRepository;
    private String pipelineBranch = "main";
    @CheckForNull
    private String pipelineCredentialsId;
    private String routing = "netdevbpf";
    private String states = "";
    private String delegate = "";
    private String includeTags = "";
    private String excludeTags = "";
    private boolean skipRfc;
    private int maxAgeDays = (int) ScanFilter.DEFAULT_MAX_AGE.toDays();
    private String allowSubmitters = "";
    private String denySubmitters = "";
    private String finalStates = String.join(" ", FinalStates.DEFAULT.states().stream().sorted().toList());
    /** The context of the automatic build check ({@link BuildLifecycle}); empty: no automatic check. */
    private String autoCheckContext = "";

    /** Mail already read, by Patchwork series id: rescans download only new series. Not persisted. */
    private transient volatile SeriesCache cache;
    /** The last scan, for metadata, for events about heads that have just closed, and for builds. */
    private transient volatile LastScan lastScan;

    /**
     * A scan's result and when it began: what was on Patchwork's list then (or later) is in it.
     *
     * @param heads what it found
     * @param started when its first request went out
     */
    private record LastScan(ScanResult heads, Instant started) {}

    /** The newest client this source opened: scans and the builds of its jobs share it ({@link #connectionSince}). */
    private transient volatile Connection connection;

    /**
     * A client and when it was opened.
     *
     * @param forBuild opened for a build's step rather than by a scan: the next scan takes it
     */
    private record Connection(PatchworkClient client, Instant opened, boolean forBuild) {}

    @DataBoundConstructor
    public PatchworkSCMSource(String serverName, String project, String pipelineRepository) {
        this.serverName = trim(serverName);
        this.project = trim(project);
        this.pipelineRepository = trim(pipelineRepository);
    }

    private static String trim(@CheckForNull String s) {
        return s == null ? "" : s.trim();
    }

    private static List<String> words(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.trim().split("[,\\s]+")).toList();
    }

    // ---- configuration

    @NonNull
    public String getServerName() {
        return serverName;
    }

    @NonNull
    public String getProject() {
        return project;
    }

    /** The git repository holding the Jenkinsfile. */
    @NonNull
    public String getPipelineRepository() {
        return pipelineRepository;
    }

    @NonNull
    public String getPipelineBranch() {
        return pipelineBranch;
    }

    @DataBoundSetter
    public void setPipelineBranch(@CheckForNull String value) {
        this.pipelineBranch = value == null || value.isBlank() ? "main" : value.trim();
    }

    @CheckForNull
    public String getPipelineCredentialsId() {
        return pipelineCredentialsId;
    }

    @DataBoundSetter
    public void setPipelineCredentialsId(@CheckForNull String value) {
        this.pipelineCredentialsId = value == null || value.isBlank() ? null : value.trim();
    }

    /** A preset name ({@code netdevbpf}, {@code netdev}, {@code bpf}) or routing YAML (docs/routing.md). */
    @NonNull
    public String getRouting() {
        return routing;
    }

    @DataBoundSetter
    public void setRouting(@CheckForNull String value) {
        this.routing = value == null || value.isBlank() ? "netdevbpf" : value.strip();
    }

    @NonNull
    public String getStates() {
        return states;
    }

    @DataBoundSetter
    public void setStates(@CheckForNull String value) {
        this.states = trim(value);
    }

    @NonNull
    public String getDelegate() {
        return delegate;
    }

    @DataBoundSetter
    public void setDelegate(@CheckForNull String value) {
        this.delegate = trim(value);
    }

    @NonNull
    public String getIncludeTags() {
        return includeTags;
    }

    @DataBoundSetter
    public void setIncludeTags(@CheckForNull String value) {
        this.includeTags = trim(value);
    }

    @NonNull
    public String getExcludeTags() {
        return excludeTags;
    }

    @DataBoundSetter
    public void setExcludeTags(@CheckForNull String value) {
        this.excludeTags = trim(value);
    }

    public boolean isSkipRfc() {
        return skipRfc;
    }

    @DataBoundSetter
    public void setSkipRfc(boolean value) {
        this.skipRfc = value;
    }

    public int getMaxAgeDays() {
        return maxAgeDays;
    }

    @DataBoundSetter
    public void setMaxAgeDays(int value) {
        this.maxAgeDays = value < 1 ? (int) ScanFilter.DEFAULT_MAX_AGE.toDays() : value;
    }

    @NonNull
    public String getAllowSubmitters() {
        return allowSubmitters;
    }

    @DataBoundSetter
    public void setAllowSubmitters(@CheckForNull String value) {
        this.allowSubmitters = trim(value);
    }

    @NonNull
    public String getDenySubmitters() {
        return denySubmitters;
    }

    @DataBoundSetter
    public void setDenySubmitters(@CheckForNull String value) {
        this.denySubmitters = trim(value);
    }

    @NonNull
    public String getFinalStates() {
        return finalStates;
    }

    @DataBoundSetter
    public void setFinalStates(@CheckForNull String value) {
        this.finalStates = value == null || value.isBlank()
                ? String.join(" ", FinalStates.DEFAULT.states().stream().sorted().toList()) : value.trim();
    }

    /** The Patchwork context under which every build posts pending, then its outcome; empty for none. */
    @NonNull
    public String getAutoCheckContext() {
        return autoCheckContext == null ? "" : autoCheckContext; // null in a job saved before the field existed
    }

    @DataBoundSetter
    public void setAutoCheckContext(@CheckForNull String value) {
        this.autoCheckContext = trim(value);
    }

    // ---- what the engine gets

    @NonNull
    ScanFilter filter() {
        return ScanFilter.ALL.withStates(words(states)).withDelegate(delegate.isEmpty() ? null : delegate)
                .withIncludeTags(words(includeTags)).withExcludeTags(words(excludeTags)).withSkipRfc(skipRfc)
                .withMaxAge(Duration.ofDays(maxAgeDays)).withAllowSubmitters(words(allowSubmitters))
                .withDenySubmitters(words(denySubmitters));
    }

    @NonNull
    FinalStates finalStatesSet() {
        return FinalStates.of(words(finalStates));
    }

    /** The routing configuration: a preset by name, else YAML; an IOException naming the YAML line if bad. */
    @NonNull
    RoutingConfig routingConfig() throws IOException {
        try {
            return RoutingConfig.parse(routing);
        } catch (RoutingConfigException e) {
            throw new IOException("routing configuration of Patchwork source " + project + ": " + e.getMessage(), e);
        }
    }

    private SeriesCache cache() {
        SeriesCache c = cache;
        if (c == null) {
            c = new SeriesCache(5000);
            cache = c;
        }
        return c;
    }

    /** Scans, remembers the result, and logs what was left out and why. */
    @NonNull
    ScanResult scan(@NonNull Consumer<String> log) throws IOException, InterruptedException {
        RoutingConfig config = routingConfig();
        PatchworkClient client = scanConnection();
        log.accept("Scanning Patchwork project " + project + " at " + client.server() + " (last " + maxAgeDays + " days)");
        Instant started = Instant.now();
        ScanResult result = new SeriesScan(client, project, config).setFilter(filter())
                .setFinalStates(finalStatesSet()).setCache(cache()).call();
        result.skipped().forEach(s -> log.accept("  left out " + s));
        lastScan = new LastScan(result, started);
        return result;
    }

    /**
     * The last scan if it began at or after {@code since}, else a new one: what a build's steps need is on
     * Patchwork's list as of the build's start, and Jenkins scans anyway as it starts a build.
     */
    @NonNull
    ScanResult scanSince(@NonNull Instant since, @NonNull Consumer<String> log) throws IOException, InterruptedException {
        LastScan last = lastScan;
        return last != null && !last.started().isBefore(since) ? last.heads() : scan(log);
    }

    /**
     * A client for this source's server and token, for a build that began at {@code since}: the newest one
     * this source opened at or after then (usually by Jenkins' own scan as it starts the build), which has
     * probed the API version and read the projects already; else a new one, which the next scan takes. So a
     * build connects once, and a proxy or token changed in Manage Jenkins applies from the next build on.
     */
    @NonNull
    PatchworkClient connectionSince(@NonNull Instant since) throws IOException {
        Connection c = connection;
        if (c != null && !c.opened().isBefore(since)) {
            return c.client();
        }
        return open(true);
    }

    /** The client a scan uses: one a build opened since the last scan began, else a new one. */
    private PatchworkClient scanConnection() throws IOException {
        Connection c = connection;
        LastScan last = lastScan;
        if (c != null && c.forBuild() && (last == null || c.opened().isAfter(last.started()))) {
            return c.client();
        }
        return open(false);
    }

    private PatchworkClient open(boolean forBuild) throws IOException {
        Instant opened = Instant.now();
        PatchworkClient client = PatchworkConnection.open(serverName);
        connection = new Connection(client, opened, forBuild);
        return client;
    }

    /**
     * The revision the last scan saw for a head, without asking Patchwork; null when that scan did not see
     * the head (or there was none yet). The build lifecycle pins it on a starting build.
     */
    @CheckForNull
    PatchworkSCMRevision knownRevision(@NonNull PatchworkSCMHead head) throws IOException {
        LastScan last = lastScan;
        if (last == null) {
            return null;
        }
        ScanResult known = last.heads();
        Optional<LineageHead> h = known.head(head.getName());
        return h.isPresent() ? revision(head, h.get(), routingConfig()) : null;
    }

    // ---- SCMSource

    @Override
    protected void retrieve(@CheckForNull SCMSourceCriteria criteria, @NonNull SCMHeadObserver observer,
            @CheckForNull SCMHeadEvent<?> event, @NonNull TaskListener listener)
            throws IOException, InterruptedException {
        // Criteria probe a branch's files for a Jenkinsfile; ours is in the pipeline repository, so every
        // head qualifies and a missing Jenkinsfile fails loudly in the build rather than hiding heads.
        ScanResult result = scan(listener.getLogger()::println);
        Set<SCMHead> includes = observer.getIncludes();
        RoutingConfig config = routingConfig();
        for (LineageHead h : result.heads()) {
            checkInterrupt();
            PatchworkSCMHead head = new PatchworkSCMHead(h.name());
            if (includes != null && !includes.contains(head)) {
                continue;
            }
            listener.getLogger().println("Series " + head.getName() + ": v" + h.newest().revision().version()
                    + " '" + h.newestSeries().subject() + "' — " + h.newest().plan().summary());
            observer.observe(head, revision(head, h, config));
            if (!observer.isObserving()) {
                return;
            }
        }
    }

    @NonNull
    static PatchworkSCMRevision revision(@NonNull PatchworkSCMHead head, @NonNull LineageHead h,
            @NonNull RoutingConfig config) {
        HeadVersion v = h.newest();
        Optional<Tree> tree = Optional.ofNullable(head.getTargetTree()).flatMap(config::tree);
        TargetTreeRevision base = new TargetTreeRevision(head.getTarget(), tree.map(Tree::remote).orElse(""),
                tree.map(Tree::branch).orElse(""));
        return new PatchworkSCMRevision(head, base, v.revision(), v.scanned().patchwork().id(),
                v.scanned().patchwork().patches().stream().map(PatchRef::id).toList());
    }

    @NonNull
    @Override
    protected List<Action> retrieveActions(@NonNull SCMHead head, @CheckForNull SCMHeadEvent event,
            @NonNull TaskListener listener) throws IOException, InterruptedException {
        LastScan last = lastScan;
        ScanResult known = last != null ? last.heads() : scan(listener.getLogger()::println);
        Optional<LineageHead> h = known.head(head.getName());
        if (h.isEmpty()) {
            return List.of();
        }
        Series s = h.get().newestSeries();
        String url = h.get().newest().scanned().patchwork().webUrl();
        String description = h.get().newest().plan().summary()
                + h.get().movedFrom().map(from -> "; earlier versions: " + from).orElse("")
                + h.get().movedTo().map(to -> "; later versions: " + to).orElse("");
        List<Action> actions = new ArrayList<>();
        actions.add(new ObjectMetadataAction("v" + h.get().newest().revision().version() + " " + s.subject(),
                description, url));
        actions.add(new ContributorMetadataAction(s.author().email(), s.author().name(), s.author().email()));
        return actions;
    }

    /** The pipeline repository at its branch: where the Jenkinsfile is read from, whatever the series. */
    @NonNull
    @Override
    public SCM build(@NonNull SCMHead head, @CheckForNull SCMRevision revision) {
        return new GitSCM(List.of(new UserRemoteConfig(pipelineRepository, null, null, pipelineCredentialsId)),
                List.of(new BranchSpec("*/" + pipelineBranch)), null, null, List.of());
    }

    /** The target tree's branch: Jenkins never trusts a patched tree. */
    @NonNull
    @Override
    public SCMRevision getTrustedRevision(@NonNull SCMRevision revision, @NonNull TaskListener listener) {
        if (revision instanceof PatchworkSCMRevision r) {
            listener.getLogger().println("Trusted files come from the pipeline repository " + pipelineRepository
                    + "; the series is tested on " + r.getTarget());
            return r.getTarget();
        }
        return revision;
    }

    // ---- events

    /** Whether an event from this server and project concerns this source. */
    boolean isFrom(@NonNull String server, @NonNull String patchworkProject) {
        return serverName.equals(server) && project.equals(patchworkProject);
    }

    /**
     * The heads a change touches, with their revisions: after a fresh scan, the heads holding the series
     * or patch; for a head the change closed, the head as the previous scan knew it. An unreachable
     * Patchwork gives no heads (the next scan catches up) rather than an error inside event dispatch.
     */
    @NonNull
    Map<SCMHead, SCMRevision> headsAffectedBy(@NonNull HeadChange change) {
        LastScan last = lastScan;
        ScanResult before = last == null ? null : last.heads();
        Map<SCMHead, SCMRevision> out = new LinkedHashMap<>();
        try {
            RoutingConfig config = routingConfig();
            ScanResult now = scan(line -> LOG.log(Level.FINE, line));
            for (LineageHead h : now.headsConcerning(change, before)) {
                PatchworkSCMHead head = new PatchworkSCMHead(h.name());
                out.put(head, revision(head, h, config));
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Patchwork source " + project + ": could not rescan for event " + change.description()
                    + "; the next scan catches up", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }

    @Override
    public String toString() {
        return "PatchworkSCMSource[" + serverName + ", " + project + "]";
    }

    @Extension
    @Symbol("patchwork")
    public static final class DescriptorImpl extends SCMSourceDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return "Patchwork";
        }

        /** Server names only (no URLs or credentials), for anyone who may configure the job. */
        @POST
        public ListBoxModel doFillServerNameItems(@AncestorInPath Item item) {
            ListBoxModel result = new ListBoxModel();
            if (item == null ? !Jenkins.get().hasPermission(Jenkins.ADMINISTER) : !item.hasPermission(Item.CONFIGURE)) {
                return result;
            }
            for (PatchworkServer server : ExtensionList.lookupSingleton(PatchworkGlobalConfiguration.class).getServers()) {
                result.add(server.getName());
            }
            return result;
        }

        /**
         * Asks the server whether the project exists: a request from Jenkins, so POST and Configure on the
         * job (or Administer where there is no job yet).
         */
        @POST
        public FormValidation doCheckProject(@AncestorInPath Item item, @QueryParameter String serverName,
                @QueryParameter String value) throws InterruptedException {
            if (value == null || value.isBlank()) {
                return FormValidation.error("The Patchwork project's link name is required, for example netdevbpf");
            }
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            try {
                PatchworkClient client = PatchworkConnection.open(serverName);
                return FormValidation.ok("Found: " + client.project(value.trim()).name());
            } catch (IOException e) {
                return FormValidation.error(e.getMessage());
            }
        }

        /** Parses the routing preset or YAML; no request leaves Jenkins. */
        public FormValidation doCheckRouting(@QueryParameter String value) {
            if (value == null || value.isBlank()) {
                return FormValidation.ok("Default: the netdevbpf preset");
            }
            try {
                RoutingConfig config = RoutingConfig.parse(value);
                return FormValidation.ok("Trees: " + String.join(", ", config.trees().stream().map(Tree::name).toList()));
            } catch (RoutingConfigException e) {
                return FormValidation.error(e.getMessage() + " (presets: " + String.join(", ", Presets.names()) + ")");
            }
        }

        public FormValidation doCheckPipelineRepository(@QueryParameter String value) {
            if (value == null || value.isBlank()) {
                return FormValidation.error("The git repository holding the Jenkinsfile is required");
            }
            return FormValidation.ok();
        }

        public FormValidation doCheckAutoCheckContext(@QueryParameter String value) {
            try {
                return BuildStatusCheck.configured(value).isPresent()
                        ? FormValidation.ok("Every build posts pending when it starts and its outcome when it completes")
                        : FormValidation.ok("Off: builds post only the checks the Jenkinsfile posts");
            } catch (IllegalArgumentException e) {
                return FormValidation.error(e.getMessage());
            }
        }

        public FormValidation doCheckMaxAgeDays(@QueryParameter String value) {
            try {
                int days = Integer.parseInt(value == null ? "" : value.trim());
                return days >= 1 ? FormValidation.ok() : FormValidation.error("At least one day");
            } catch (NumberFormatException e) {
                return FormValidation.error("A whole number of days");
            }
        }

        /** Credentials for cloning the pipeline repository, as the job may use them. */
        @POST
        public ListBoxModel doFillPipelineCredentialsIdItems(@AncestorInPath Item item,
                @QueryParameter String pipelineRepository, @QueryParameter String pipelineCredentialsId) {
            String current = pipelineCredentialsId == null ? "" : pipelineCredentialsId;
            StandardListBoxModel result = new StandardListBoxModel();
            if (item == null ? !Jenkins.get().hasPermission(Jenkins.ADMINISTER)
                    : !item.hasPermission(Item.EXTENDED_READ)) {
                return result.includeCurrentValue(current);
            }
            if (item == null) {
                return result.includeEmptyValue().includeMatchingAs(ACL.SYSTEM2, Jenkins.get(), StandardCredentials.class,
                        URIRequirementBuilder.fromUri(pipelineRepository).build(), CredentialsMatchers.always())
                        .includeCurrentValue(current);
            }
            return result.includeEmptyValue().includeMatchingAs(ACL.SYSTEM2, item, StandardCredentials.class,
                    URIRequirementBuilder.fromUri(pipelineRepository).build(), CredentialsMatchers.always())
                    .includeCurrentValue(current);
        }
    }
}
