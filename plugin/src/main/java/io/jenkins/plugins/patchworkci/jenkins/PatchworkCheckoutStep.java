package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.patchworkci.route.RoutingConfig;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.scan.CheckoutResult;
import io.jenkins.plugins.patchworkci.scan.HeadVersion;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

/**
 * {@code def r = patchworkCheckout dir: 'linux'}: fetches the series version this build is for from
 * Patchwork (on the controller, with the server's token), then on the agent brings the target tree's
 * mirror up to date, applies the series as {@code git am} would and checks the commits out in
 * {@code dir}. Returns tree, remote, branch, tip, base, applied, summary, commits, head, dir, and
 * {@code env}: the same as {@code PATCHWORK_*} variables (names and hex ids only, never text from mail)
 * for {@code withEnv}. Fails when the series does not apply, unless {@code failIfNotApplied: false}.
 */
public final class PatchworkCheckoutStep extends Step {

    private String dir = "";
    private String tree = "";
    private String cacheDir = "";
    private boolean failIfNotApplied = true;

    @DataBoundConstructor
    public PatchworkCheckoutStep() {}

    /** The work tree inside the workspace; the target tree's name if empty. */
    @NonNull
    public String getDir() {
        return dir;
    }

    @DataBoundSetter
    public void setDir(@CheckForNull String value) {
        this.dir = value == null ? "" : value.trim();
    }

    /** A configured tree to use instead of the scan's target (for a series routing could not place). */
    @NonNull
    public String getTree() {
        return tree;
    }

    @DataBoundSetter
    public void setTree(@CheckForNull String value) {
        this.tree = value == null ? "" : value.trim();
    }

    /** Where mirrors live on the agent; {@code patchwork-ci-mirrors} beside the workspaces if empty. */
    @NonNull
    public String getCacheDir() {
        return cacheDir;
    }

    @DataBoundSetter
    public void setCacheDir(@CheckForNull String value) {
        this.cacheDir = value == null ? "" : value.trim();
    }

    public boolean isFailIfNotApplied() {
        return failIfNotApplied;
    }

    @DataBoundSetter
    public void setFailIfNotApplied(boolean value) {
        this.failIfNotApplied = value;
    }

    static boolean safeDir(String d) {
        return d.matches("[A-Za-z0-9._][A-Za-z0-9._/-]*") && !d.contains("..") && !d.contains("//");
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        if (!dir.isEmpty() && !safeDir(dir)) {
            throw new IllegalArgumentException("dir: '" + dir + "' must be a relative path of letters, digits, '.', '_', '-' and '/'");
        }
        return new Execution(context, dir, tree, cacheDir, failIfNotApplied);
    }

    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

        private static final long serialVersionUID = 1L;
        private final String dir;
        private final String tree;
        private final String cacheDir;
        private final boolean failIfNotApplied;

        Execution(StepContext context, String dir, String tree, String cacheDir, boolean failIfNotApplied) {
            super(context);
            this.dir = dir;
            this.tree = tree;
            this.cacheDir = cacheDir;
            this.failIfNotApplied = failIfNotApplied;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            TaskListener listener = getContext().get(TaskListener.class);
            FilePath workspace = getContext().get(FilePath.class);
            BuildSeries build = BuildSeries.of(getContext().get(Run.class));
            BuildSeries.Found found = build.find(line -> {});
            HeadVersion v = found.version();
            PatchworkSeriesAction page = PatchworkSeriesAction.attach(getContext().get(Run.class), found.head(), v);
            RoutingConfig routing = build.source().routingConfig();
            String name = !tree.isEmpty() ? tree : v.plan().tree().map(Tree::name)
                    .orElseThrow(() -> new IOException("Routing made no decision for this series (" + v.plan().summary()
                            + "); pass tree: with one of " + routing.trees().stream().map(Tree::name).toList()));
            Tree target = routing.tree(name).orElseThrow(() -> new IOException("No tree '" + name
                    + "' in the routing configuration: " + routing.trees().stream().map(Tree::name).toList()));
            String where = dir.isEmpty() ? target.name() : dir;
            byte[] mail = SeriesMail.download(PatchworkConnection.open(build.source().getServerName()), v.scanned().patchwork());
            listener.getLogger().println("Applying v" + v.revision().version() + " (" + v.scanned().series().patches().size()
                    + " patches) to " + target + " in " + where);
            CheckoutResult r = workspace.act(new CheckoutOnAgent(mail, target.name(), target.remote(), target.branch(),
                    where, cacheDir));
            listener.getLogger().println(r.summary());
            if (r.applied()) {
                page.recordCheckout(where, r.tree(), r.base(), r.commits());
            }
            if (!r.applied() && failIfNotApplied) {
                throw new IOException("The series does not apply to " + target.name() + ": " + r.summary());
            }
            Map<String, Object> out = new LinkedHashMap<>(r.asMap());
            out.put("dir", r.applied() ? where : "");
            Map<String, String> env = new LinkedHashMap<>();
            env.put("PATCHWORK_TREE", r.tree());
            env.put("PATCHWORK_BRANCH", r.branch());
            env.put("PATCHWORK_BASE", r.base());
            env.put("PATCHWORK_HEAD", r.head());
            env.put("PATCHWORK_APPLIED", Boolean.toString(r.applied()));
            env.put("PATCHWORK_DIR", r.applied() ? where : "");
            env.put("PATCHWORK_SERIES_ID", Long.toString(v.scanned().patchwork().id()));
            env.put("PATCHWORK_SERIES_VERSION", Integer.toString(v.revision().version()));
            out.put("env", env);
            return out;
        }
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, FilePath.class);
        }

        @Override
        public String getFunctionName() {
            return "patchworkCheckout";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Apply the Patchwork series to its tree and check it out";
        }

        public FormValidation doCheckDir(@QueryParameter String value) {
            return value == null || value.isBlank() || safeDir(value.trim()) ? FormValidation.ok()
                    : FormValidation.error("A relative path inside the workspace");
        }
    }
}
