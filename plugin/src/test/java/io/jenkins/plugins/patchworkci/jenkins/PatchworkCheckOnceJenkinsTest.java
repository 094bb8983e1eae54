package io.jenkins.plugins.patchworkci.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * {@code patchworkCheck} leaves one check per patch on Patchwork when Patchwork stores a post and then
 * loses the answer (500 after the commit): the step reads the patch's checks, sees its post there, and
 * does not send it again. The engine's {@code report.ExactlyOncePostTest} covers timeouts and reset
 * connections on the same path.
 */
@WithJenkins
class PatchworkCheckOnceJenkinsTest {

    @RegisterExtension
    final RecordedPatchworkSetup setup = new RecordedPatchworkSetup();

    @Test
    void aCheckStoredByPatchworkWhoseAnswerIsLostIsOnPatchworkOnce(JenkinsRule r, @TempDir Path tmp) throws Exception {
        SeriesProjectFixture.configureServer(setup.patchwork());
        SeriesProjectFixture f = SeriesProjectFixture.create(tmp, """
                node {
                    patchworkCheck state: 'success', context: 'once', description: 'built once'
                }
                """);
        WorkflowMultiBranchProject mp = f.project(r, "netdevbpf");
        setup.patchwork().loseCheckAnswers(1);

        mp.scheduleBuild2(0).getFuture().get();
        r.waitUntilNoActivity();

        WorkflowJob job = mp.getItemByBranchName(SeriesProjectFixture.expectedHead().toString());
        assertThat(job).isNotNull();
        WorkflowRun b = job.getLastBuild();
        r.assertBuildStatusSuccess(b);
        List<Long> ids = SeriesProjectFixture.recordedPatchIds();
        for (long id : ids) {
            assertThat(setup.patchwork().checksStored(id)).as("patch %d", id)
                    .extracting(c -> c.get("context").asText() + "=" + c.get("state").asText() + ": "
                            + c.get("description").asText())
                    .containsExactly("once=success: built once");
        }
        r.assertLogContains("Patchwork check once=success on patch " + ids.get(0)
                + ": confirmed on Patchwork after a lost answer", b);
        long posts = setup.patchwork().requests().stream().filter(q -> q.method().equals("POST")).count();
        assertThat(posts).isEqualTo(ids.size());
    }
}
