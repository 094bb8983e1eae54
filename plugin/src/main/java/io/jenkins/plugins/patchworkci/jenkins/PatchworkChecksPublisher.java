package io.jenkins.plugins.patchworkci.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.checks.api.ChecksDetails;
import io.jenkins.plugins.checks.api.ChecksOutput;
import io.jenkins.plugins.checks.api.ChecksPublisher;
import io.jenkins.plugins.patchworkci.patchwork.NewCheck;
import io.jenkins.plugins.patchworkci.report.ExactlyOncePost;
import io.jenkins.plugins.patchworkci.step.ExternalCheck;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Posts one Checks API result as a Patchwork check on every patch of the build's series version. The
 * mapping (state, context, description, target URL) is the engine's {@link ExternalCheck}. A failure to
 * post is logged and never fails the build: the tool that reported (junit, warnings-ng) has already
 * decided the build's result.
 */
final class PatchworkChecksPublisher extends ChecksPublisher {

    private final Run<?, ?> run;
    private final BuildSeries build;
    private final TaskListener listener;

    PatchworkChecksPublisher(@NonNull Run<?, ?> run, @NonNull BuildSeries build, @NonNull TaskListener listener) {
        this.run = run;
        this.build = build;
        this.listener = listener;
    }

    @Override
    public void publish(ChecksDetails details) {
        Optional<ChecksOutput> output = details.getOutput();
        ExternalCheck external = new ExternalCheck(details.getName().orElse(null), name(details.getStatus()),
                name(details.getConclusion()), output.flatMap(ChecksOutput::getTitle).orElse(null),
                output.flatMap(ChecksOutput::getSummary).orElse(null), details.getDetailsURL().orElse(null));
        NewCheck check = external.toPatchwork(BuildLifecycle.publicUrl(run));
        List<Long> ids = build.revision().getPatchIds();
        try {
            ExactlyOncePost poster = ExactlyOncePost.over(build.connect());
            for (long id : ids) {
                poster.post(id, check);
            }
            listener.getLogger().println("Patchwork: check " + check.context() + "=" + check.state().apiName() + " on "
                    + ids.size() + " patch(es)");
        } catch (IOException | RuntimeException e) {
            // A missing server or credential is as much "not posted" as an outage: say so, never fail the build.
            listener.getLogger().println("Patchwork: could not post check " + check.context() + ": " + e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        PatchworkSeriesAction page = run.getAction(PatchworkSeriesAction.class);
        if (page != null) { // only where a step already put the series on the build page: no extra scan here
            try {
                page.record(check.context(), 0, check.state().apiName(), check.description());
            } catch (IOException e) {
                listener.getLogger().println("Patchwork: check " + check.context() + " not shown on the build page: "
                        + e.getMessage());
            }
        }
    }

    @CheckForNull
    private static String name(@CheckForNull Enum<?> e) {
        return e == null ? null : e.name();
    }
}
