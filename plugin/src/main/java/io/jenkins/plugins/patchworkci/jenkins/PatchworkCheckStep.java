package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.patchwork.CheckStateWire;
import io.jenkins.plugins.patchworkci.patchwork.NewCheck;
import io.jenkins.plugins.patchworkci.report.ExactlyOncePost;
import java.io.IOException;
import java.util.List;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

/**
 * {@code patchworkCheck state: 'success', context: 'build', description: '...', url: env.BUILD_URL,
 * patch: 2}: posts a check to Patchwork, on one patch (by its number in the series) or, by default,
 * on every patch of the series version this build is for. Uses the server's token; its user must be
 * a maintainer of the project (Patchwork refuses anyone else with 403, and the step says so).
 * With {@code companion: 'iproute2-next'} the check goes on the patches of the companion series
 * patchworkCheckout applied on that tree instead (its own job is left out at scan time, so this build is
 * the one that reports on it).
 */
public final class PatchworkCheckStep extends Step {

    private final String state;
    private final String context;
    @CheckForNull
    private String description;
    @CheckForNull
    private String url;
    private int patch;
    private String companion = "";

    @DataBoundConstructor
    public PatchworkCheckStep(String state, String context) {
        this.state = state == null ? "" : state.trim();
        this.context = context == null ? "" : context.trim();
    }

    @NonNull
    public String getState() {
        return state;
    }

    @NonNull
    public String getContext() {
        return context;
    }

    @CheckForNull
    public String getDescription() {
        return description;
    }

    @DataBoundSetter
    public void setDescription(@CheckForNull String value) {
        this.description = value == null || value.isBlank() ? null : value;
    }

    @CheckForNull
    public String getUrl() {
        return url;
    }

    @DataBoundSetter
    public void setUrl(@CheckForNull String value) {
        this.url = value == null || value.isBlank() ? null : value.trim();
    }

    /** The patch's number in the series (1..N), or 0 for every patch. */
    public int getPatch() {
        return patch;
    }

    @DataBoundSetter
    public void setPatch(int value) {
        this.patch = value;
    }

    /** The tree of a companion series whose patches get the check instead; empty for the series' own. */
    @NonNull
    public String getCompanion() {
        return companion;
    }

    @DataBoundSetter
    public void setCompanion(@CheckForNull String value) {
        this.companion = value == null ? "" : value.trim();
    }

    /** The check to post; an IllegalArgumentException naming what is wrong (state, context slug, URL). */
    @NonNull
    NewCheck check() {
        return new NewCheck(CheckStateWire.of(state), context, url, description);
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        check(); // bad arguments fail before any request
        return new Execution(context, this);
    }

    static final class Execution extends SynchronousNonBlockingStepExecution<Integer> {

        private static final long serialVersionUID = 1L;
        private final String state;
        private final String checkContext;
        @CheckForNull
        private final String description;
        @CheckForNull
        private final String url;
        private final int patch;
        private final String companion;

        Execution(@NonNull StepContext context, @NonNull PatchworkCheckStep step) {
            super(context);
            this.state = step.state;
            this.checkContext = step.context;
            this.description = step.description;
            this.url = step.url;
            this.patch = step.patch;
            this.companion = step.companion;
        }

        @Override
        protected Integer run() throws Exception {
            TaskListener listener = getContext().get(TaskListener.class);
            Run<?, ?> run = getContext().get(Run.class);
            BuildSeries build = BuildSeries.of(run);
            List<Long> ids = build.revision().getPatchIds();
            if (!companion.isEmpty()) {
                PatchworkCompanionsAction applied = run.getAction(PatchworkCompanionsAction.class);
                ids = (applied == null ? java.util.Optional.<PatchworkCompanionsAction.Entry>empty()
                        : applied.companion(companion)).map(PatchworkCompanionsAction.Entry::patchIds)
                        .orElseThrow(() -> new IOException("companion: this build has no companion series on tree '"
                                + companion + "' (patchworkCheckout applies companions; none was paired with it)"));
            }
            if (patch != 0) {
                if (patch < 1 || patch > ids.size()) {
                    throw new IOException("patch: " + patch + " is not a patch of this series (1.." + ids.size() + ")");
                }
                ids = List.of(ids.get(patch - 1));
            }
            ExactlyOncePost poster = ExactlyOncePost.over(build.connect());
            NewCheck check = new NewCheck(CheckStateWire.of(state), checkContext, url, description);
            for (long id : ids) {
                String how = poster.post(id, check);
                listener.getLogger().println("Patchwork check " + check.context() + "=" + check.state().apiName()
                        + " on patch " + id + (how.isEmpty() ? "" : ": " + how));
            }
            if (!companion.isEmpty()) {
                return ids.size(); // the build page's matrix is the series' own patches
            }
            BuildSeries.page(run).record(checkContext, patch, state, description);
            return ids.size();
        }
    }

    @Extension
    public static final class DescriptorImpl extends PatchworkStepDescriptor {

        public DescriptorImpl() {
            super("patchworkCheck", "Post a check to Patchwork");
        }

        public ListBoxModel doFillStateItems() {
            ListBoxModel items = new ListBoxModel();
            for (CheckState s : CheckStateWire.API_ORDER) { // Patchwork's order, pending first
                items.add(s.apiName());
            }
            return items;
        }

        public FormValidation doCheckContext(@QueryParameter String value) {
            return value != null && value.trim().matches("[-a-zA-Z0-9_]{1,255}") ? FormValidation.ok()
                    : FormValidation.error("A Patchwork context is a slug of letters, digits, '-' and '_'");
        }
    }
}
