package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.patchworkci.patchwork.CheckStateWire;
import io.jenkins.plugins.patchworkci.patchwork.NewCheck;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkClient;
import io.jenkins.plugins.patchworkci.report.ExactlyOncePost;
import io.jenkins.plugins.patchworkci.scan.HeadVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code patchworkVerify checks: ['checkpatch', 'verify_signedoff']}: runs the engine's checks on the
 * agent, on the checkout {@code patchworkCheckout} left, records each result on the build page, and
 * (unless {@code post: false}) posts it to Patchwork on its patch. Returns
 * {@code [worst: 'fail', results: [[check:, patch:, state:, description:], ...]]}. A failing check does
 * not fail the step: the pipeline decides with {@code worst}.
 */
public final class PatchworkVerifyStep extends Step {

    private List<String> checks = List.of();
    private boolean post = true;
    @CheckForNull
    private String url;

    @DataBoundConstructor
    public PatchworkVerifyStep() {}

    /** Engine check names; empty runs the engine's defaults. */
    @NonNull
    public List<String> getChecks() {
        return checks;
    }

    @DataBoundSetter
    public void setChecks(@CheckForNull List<String> value) {
        this.checks = value == null ? List.of() : List.copyOf(value);
    }

    public boolean isPost() {
        return post;
    }

    @DataBoundSetter
    public void setPost(boolean value) {
        this.post = value;
    }

    @CheckForNull
    public String getUrl() {
        return url;
    }

    @DataBoundSetter
    public void setUrl(@CheckForNull String value) {
        this.url = value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new Execution(context, checks, post, url);
    }

    /** The worst state: fail over warning over pending over success (Patchwork's order). */
    @NonNull
    static String worst(@NonNull List<String> states) {
        for (String s : List.of("fail", "warning", "pending")) {
            if (states.contains(s)) {
                return s;
            }
        }
        return "success";
    }

    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

        private static final long serialVersionUID = 1L;
        private final ArrayList<String> checks;
        private final boolean post;
        @CheckForNull
        private final String url;

        Execution(StepContext context, List<String> checks, boolean post, @CheckForNull String url) {
            super(context);
            this.checks = new ArrayList<>(checks);
            this.post = post;
            this.url = url;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            TaskListener listener = getContext().get(TaskListener.class);
            Run<?, ?> run = getContext().get(Run.class);
            PatchworkSeriesAction page = BuildSeries.checkedOut(run,
                    "patchworkVerify checks the checkout of patchworkCheckout: run it first in this build");
            BuildSeries build = BuildSeries.of(run);
            HeadVersion v = build.version().version();
            PatchworkClient client = build.connect();
            byte[] mail = build.mail(client, v.scanned().patchwork());
            List<VerifiedCheck> results = getContext().get(FilePath.class).act(new VerifyOnAgent(mail,
                    build.source().getRouting(), page.getCheckoutTree(), page.getCheckoutDir(), page.getCheckoutBase(),
                    page.getCheckoutCommits(), checks));
            List<Long> patchIds = build.revision().getPatchIds();
            ExactlyOncePost poster = ExactlyOncePost.over(client);
            List<Map<String, Object>> rows = new ArrayList<>();
            List<String> states = new ArrayList<>();
            for (VerifiedCheck r : results) {
                listener.getLogger().println("patch " + r.patch() + " " + r.check() + ": " + r.state() + " " + r.description());
                page.record(r.check(), r.patch(), r.state(), r.description());
                if (post && r.patch() <= patchIds.size()) {
                    poster.post(patchIds.get(r.patch() - 1),
                            new NewCheck(CheckStateWire.of(r.state()), r.check(), url, r.description()));
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("check", r.check());
                row.put("patch", r.patch());
                row.put("state", r.state());
                row.put("description", r.description());
                rows.add(row);
                states.add(r.state());
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("worst", worst(states));
            out.put("results", rows);
            return out;
        }
    }

    @Extension
    public static final class DescriptorImpl extends PatchworkStepDescriptor {

        public DescriptorImpl() {
            super("patchworkVerify", "Run the engine's checks on the checked-out series and report them", FilePath.class);
        }
    }
}
