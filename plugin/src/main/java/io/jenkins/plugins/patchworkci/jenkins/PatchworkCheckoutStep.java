package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.scan.HeadVersion;
import io.jenkins.plugins.patchworkci.scan.ScannedCompanion;
import io.jenkins.plugins.patchworkci.step.CheckoutOutcome;
import io.jenkins.plugins.patchworkci.step.CheckoutRequest;
import io.jenkins.plugins.patchworkci.step.CheckoutResult;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
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
 *
 * <p>Companions: the user-space series the scan paired with this kernel series
 * ({@link io.jenkins.plugins.patchworkci.scan.ScannedCompanion}) are applied the same way, each onto its own
 * tree and into its own directory beside {@code dir}, named by the tree. They are returned as
 * {@code companions} (a list of maps) and in {@code env}. A companion that does not apply is
 * reported (log, map, build page) and does not fail the step, so the kernel series is still built and
 * tested; {@code failIfCompanionNotApplied: true} makes it fail the step instead.
 *
 * <p>The tree, the directories and their safety, the map and the variables are the engine's
 * ({@link CheckoutRequest}, {@link CheckoutOutcome}); this step fetches the mail, runs the checkout on
 * the agent, logs and records the build page.
 */
public final class PatchworkCheckoutStep extends Step {

    private String dir = "";
    private String tree = "";
    private String cacheDir = "";
    private boolean failIfNotApplied = true;
    private boolean failIfCompanionNotApplied;

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

    public boolean isFailIfCompanionNotApplied() {
        return failIfCompanionNotApplied;
    }

    @DataBoundSetter
    public void setFailIfCompanionNotApplied(boolean value) {
        this.failIfCompanionNotApplied = value;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        if (!dir.isEmpty() && !CheckoutRequest.safeDir(dir)) {
            throw new IllegalArgumentException("dir: '" + dir + "' must be a relative path of letters, digits, '.', '_', '-' and '/'");
        }
        return new Execution(context, dir, tree, cacheDir, failIfNotApplied, failIfCompanionNotApplied);
    }

    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

        private static final long serialVersionUID = 1L;
        private final String dir;
        private final String tree;
        private final String cacheDir;
        private final boolean failIfNotApplied;
        private final boolean failIfCompanionNotApplied;

        Execution(StepContext context, String dir, String tree, String cacheDir, boolean failIfNotApplied,
                boolean failIfCompanionNotApplied) {
            super(context);
            this.dir = dir;
            this.tree = tree;
            this.cacheDir = cacheDir;
            this.failIfNotApplied = failIfNotApplied;
            this.failIfCompanionNotApplied = failIfCompanionNotApplied;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            TaskListener listener = getContext().get(TaskListener.class);
            FilePath workspace = getContext().get(FilePath.class);
            BuildSeries build = BuildSeries.of(getContext().get(Run.class));
            HeadVersion v = build.version().version();
            PatchworkSeriesAction page = build.attach();
            CheckoutRequest request = CheckoutRequest.of(v, build.source().routingConfig(), tree, dir);
            Tree target = request.target();
            PatchworkClient client = build.connect();
            byte[] mail = build.mail(client, v.scanned().patchwork());
            listener.getLogger().println("Applying v" + v.revision().version() + " (" + v.scanned().series().patches().size()
                    + " patches) to " + target + " in " + request.dir());
            CheckoutOnAgent onAgent = new CheckoutOnAgent(mail, target.name(), target.remote(), target.branch(),
                    request.dir(), cacheDir);
            for (CheckoutRequest.Companion asked : request.companions()) {
                ScannedCompanion c = asked.companion();
                listener.getLogger().println("Applying companion v" + Math.max(1, c.scanned().series().version()) + " ("
                        + c.scanned().series().patches().size() + " patches, Patchwork series " + c.scanned().patchwork().id()
                        + ") to " + c.tree() + " in " + asked.dir() + ": paired because " + c.reason());
                onAgent.withCompanion(build.mail(client, c.scanned().patchwork()), c.tree().name(),
                        c.tree().remote(), c.tree().branch(), asked.dir());
            }
            CheckoutResult r = workspace.act(onAgent);
            CheckoutOutcome outcome = new CheckoutOutcome(request, r);
            listener.getLogger().println(r.summary());
            List<CheckoutResult> companions = r.companions();
            for (CheckoutResult c : companions) {
                listener.getLogger().println("companion " + c.tree() + ": " + c.summary());
            }
            if (!v.companions().isEmpty()) {
                PatchworkCompanionsAction.attach(getContext().get(Run.class), v.companions(), companions,
                        request.companionDirs());
            }
            if (r.applied()) {
                page.recordCheckout(request.dir(), r.tree(), r.base(), r.commits());
            }
            Optional<String> failure = outcome.failure(failIfNotApplied, failIfCompanionNotApplied);
            if (failure.isPresent()) {
                throw new IOException(failure.get());
            }
            return outcome.asMap();
        }
    }

    @Extension
    public static final class DescriptorImpl extends PatchworkStepDescriptor {

        public DescriptorImpl() {
            super("patchworkCheckout", "Apply the Patchwork series to its tree and check it out", FilePath.class);
        }

        public FormValidation doCheckDir(@QueryParameter String value) {
            return value == null || value.isBlank() || CheckoutRequest.safeDir(value.trim()) ? FormValidation.ok()
                    : FormValidation.error("A relative path inside the workspace");
        }
    }
}
