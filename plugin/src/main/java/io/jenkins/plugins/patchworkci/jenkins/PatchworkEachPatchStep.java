package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code patchworkEachPatch { sh 'git -C "$PATCHWORK_DIR" checkout -q "$PATCHWORK_PATCH_COMMIT" && make' }}:
 * runs its body once per patch of the series checked out by {@code patchworkCheckout}, in order, with
 * {@code PATCHWORK_PATCH_INDEX} (1-based), {@code PATCHWORK_PATCH_COUNT}, {@code PATCHWORK_PATCH_COMMIT},
 * {@code PATCHWORK_PATCH_ID} (Patchwork's id, empty if unknown) and {@code PATCHWORK_DIR} set. Values are
 * numbers, hex ids and the directory only: no text from mail enters the environment. The first patch
 * whose body fails ends the step with that failure, naming the patch.
 */
public final class PatchworkEachPatchStep extends Step {

    @DataBoundConstructor
    public PatchworkEachPatchStep() {}

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new Execution(context);
    }

    /** The environment of each patch's body, in order. */
    @NonNull
    static List<Map<String, String>> environments(@NonNull String dir, @NonNull List<String> commits,
            @NonNull List<Long> patchIds) {
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 0; i < commits.size(); i++) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("PATCHWORK_PATCH_INDEX", Integer.toString(i + 1));
            env.put("PATCHWORK_PATCH_COUNT", Integer.toString(commits.size()));
            env.put("PATCHWORK_PATCH_COMMIT", commits.get(i));
            env.put("PATCHWORK_PATCH_ID", i < patchIds.size() ? Long.toString(patchIds.get(i)) : "");
            env.put("PATCHWORK_DIR", dir);
            out.add(env);
        }
        return out;
    }

    static final class Execution extends StepExecution {

        private static final long serialVersionUID = 1L;

        Execution(@NonNull StepContext context) {
            super(context);
        }

        @Override
        public boolean start() throws Exception {
            Run<?, ?> run = getContext().get(Run.class);
            PatchworkSeriesAction page = BuildSeries.checkedOut(run, "patchworkEachPatch needs the commits of"
                    + " patchworkCheckout: run it first in this build (and the series must apply)");
            BuildSeries build = BuildSeries.of(run);
            List<Map<String, String>> envs = environments(page.getCheckoutDir(), page.getCheckoutCommits(),
                    build.revision().getPatchIds());
            invoke(getContext(), envs, 0);
            return false;
        }
    }

    static void invoke(StepContext context, List<Map<String, String>> envs, int index)
            throws IOException, InterruptedException {
        context.get(TaskListener.class).getLogger().println("Patch " + (index + 1) + " of " + envs.size() + " ("
                + envs.get(index).get("PATCHWORK_PATCH_COMMIT") + ")");
        EnvironmentExpander env = EnvironmentExpander.merge(context.get(EnvironmentExpander.class),
                EnvironmentExpander.constant(envs.get(index)));
        context.newBodyInvoker().withContext(env).withDisplayName("patch " + (index + 1) + "/" + envs.size())
                .withCallback(new Next(envs, index)).start();
    }

    /** After one patch's body: the next patch, or the end of the step. */
    static final class Next extends BodyExecutionCallback {

        private static final long serialVersionUID = 1L;
        private final ArrayList<Map<String, String>> envs;
        private final int index;

        Next(List<Map<String, String>> envs, int index) {
            this.envs = new ArrayList<>(envs);
            this.index = index;
        }

        @Override
        public void onSuccess(StepContext context, Object result) {
            if (index + 1 >= envs.size()) {
                context.onSuccess(null);
                return;
            }
            try {
                invoke(context, envs, index + 1);
            } catch (IOException | RuntimeException e) {
                context.onFailure(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                context.onFailure(e);
            }
        }

        @Override
        public void onFailure(StepContext context, Throwable t) {
            t.addSuppressed(new IOException("in the body for patch " + (index + 1) + " of " + envs.size()
                    + " (" + envs.get(index).get("PATCHWORK_PATCH_COMMIT") + ")"));
            context.onFailure(t);
        }
    }

    @Extension
    public static final class DescriptorImpl extends PatchworkStepDescriptor {

        public DescriptorImpl() {
            super("patchworkEachPatch", "Run a block once per patch of the Patchwork series");
        }

        @Override
        public boolean takesImplicitBlockArgument() {
            return true;
        }
    }
}
