package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.patchworkci.scan.HeadVersion;
import io.jenkins.plugins.patchworkci.scan.ScannedVersion;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code def s = patchworkSeries()}: the facts of the series version this build is for, as a map
 * (head, lineage, version, revision, messageId, seriesId, url, subject, authorName, authorEmail,
 * target, plan, total, movedFrom, movedTo, and patches: index, subject, messageId, patchId, id, url,
 * state). Values from mail are data: pass them to {@code sh} through {@code withEnv}, never by
 * interpolating them into the script.
 */
public final class PatchworkSeriesStep extends Step {

    @DataBoundConstructor
    public PatchworkSeriesStep() {}

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new Execution(context);
    }

    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

        private static final long serialVersionUID = 1L;

        Execution(@NonNull StepContext context) {
            super(context);
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            TaskListener listener = getContext().get(TaskListener.class);
            BuildSeries build = BuildSeries.of(getContext().get(Run.class));
            ScannedVersion found = build.version();
            HeadVersion v = found.version();
            listener.getLogger().println("Series " + build.revision().getHead().getName() + " v"
                    + v.revision().version() + ": " + v.plan().summary());
            build.attach();
            return SeriesFactsMap.of(found.head(), v);
        }
    }

    @Extension
    public static final class DescriptorImpl extends PatchworkStepDescriptor {

        public DescriptorImpl() {
            super("patchworkSeries", "Facts of the Patchwork series this build is for");
        }
    }
}
