package io.jenkins.plugins.patchworkci.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.ExtensionList;
import hudson.model.TaskListener;
import hudson.util.StreamTaskListener;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The event poller in a real Jenkins: a series that completes on Patchwork after the project was indexed
 * gets its job and a build from the next poll of the event log ({@code series-completed} of the recorded
 * events-all.json), without a rescan.
 */
@WithJenkins
class PatchworkEventPollJenkinsTest {

    @RegisterExtension
    final RecordedPatchworkSetup setup = new RecordedPatchworkSetup();

    @Test
    void aSeriesCompletedAfterIndexingIsBuiltAfterOnePoll(JenkinsRule r, @TempDir Path tmp) throws Exception {
        setup.patchwork().series6Completed(false);
        SeriesProjectFixture.configureServer(setup.patchwork());
        SeriesProjectFixture f = SeriesProjectFixture.create(tmp, "echo 'built from an event'\n");
        WorkflowMultiBranchProject mp = f.project(r, "netdevbpf");
        mp.scheduleBuild2(0).getFuture().get();
        r.waitUntilNoActivity();
        assertThat(mp.getItems()).as("jobs before series 6 completed").isEmpty();
        PatchworkEventPoller poller = ExtensionList.lookupSingleton(PatchworkEventPoller.class);
        assertThat(poll(poller)).as("the first poll only finds where the log ends").doesNotContain("change(s)");

        setup.patchwork().series6Completed(true);
        String log = poll(poller);

        assertThat(log).contains("change(s)");
        // branch-api handles events on its own threads: wait for the job and its build, no rescan needed
        String name = SeriesProjectFixture.expectedHead().toString();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        WorkflowJob job = mp.getItemByBranchName(name);
        while ((job == null || job.getLastBuild() == null) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            job = mp.getItemByBranchName(name);
        }
        assertThat(job).as("job for series 6 after one poll; poll log: %s", log).isNotNull();
        WorkflowRun b = job.getLastBuild();
        assertThat(b).as("build of series 6").isNotNull();
        r.assertBuildStatusSuccess(r.waitForCompletion(b));
        r.assertLogContains("built from an event", b);
    }

    /** One poll, as the periodic task runs it; returns what it logged. */
    private static String poll(PatchworkEventPoller poller) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaskListener listener = new StreamTaskListener(out, StandardCharsets.UTF_8);
        poller.execute(listener);
        return out.toString(StandardCharsets.UTF_8);
    }
}
