package io.jenkins.plugins.patchworkci.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.patchworkci.testsupport.RecordedPatchwork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/**
 * A series build that outlives its controller: stopped while {@code patchworkEachPatch} runs the body for
 * patch 1, it resumes after the restart with patches 2 and 3, and {@code patchworkCheck} afterwards still
 * knows the series (from what the build stored) and posts on every patch. {@code patchworkVerify} after the
 * restart downloads the series' mail again: what the steps share is kept in memory only.
 */
class PatchworkRestartJenkinsTest {

    @RegisterExtension
    final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @TempDir
    Path tmp;

    @RegisterExtension
    final RecordedPatchworkSetup setup = new RecordedPatchworkSetup();

    @Test
    void aSeriesBuildResumesInsideEachPatchAfterARestart() throws Throwable {
        Path go = tmp.resolve("go-on");
        String jenkinsfile = """
                node {
                    patchworkCheckout dir: 'linux'
                    patchworkEachPatch {
                        echo "PATCH ${env.PATCHWORK_PATCH_INDEX} ${env.PATCHWORK_PATCH_COMMIT}"
                        if (env.PATCHWORK_PATCH_INDEX == '1') {
                            waitUntil { fileExists('%s') }
                        }
                    }
                    def v = patchworkVerify checks: ['verify_signedoff'], post: false
                    echo "VERIFIED ${v.worst}"
                    patchworkCheck state: 'success', context: 'after-restart', description: 'resumed'
                }
                """.formatted(go);
        String name = SeriesProjectFixture.expectedHead().toString();
        sessions.then(r -> {
            SeriesProjectFixture.configureServer(setup.patchwork());
            SeriesProjectFixture f = SeriesProjectFixture.create(tmp, jenkinsfile);
            WorkflowMultiBranchProject mp = f.project(r, "netdevbpf");
            mp.scheduleBuild2(0).getFuture().get();
            WorkflowJob job = mp.getItemByBranchName(name);
            assertThat(job).isNotNull();
            while (job.getLastBuild() == null) {
                Thread.sleep(100);
            }
            WorkflowRun b = job.getLastBuild();
            r.waitForMessage("PATCH 1 ", b);
            r.waitForMessage("Will try again after", b); // inside waitUntil, in the body for patch 1
            assertThat(b.isBuilding()).isTrue();
        });
        sessions.then(r -> {
            WorkflowMultiBranchProject mp = r.jenkins.getItemByFullName("netdevbpf", WorkflowMultiBranchProject.class);
            WorkflowRun b = mp.getItemByBranchName(name).getBuildByNumber(1);
            setup.patchwork().reset();
            Files.createFile(go);
            r.assertBuildStatusSuccess(r.waitForCompletion(b));
            r.assertLogContains("Resuming build at ", b);
            r.assertLogContains("VERIFIED success", b);
            // nothing fetched before the restart survives it in memory: the series' mail is downloaded again
            // (by patchworkVerify; and by its scan, as the source's cache of read mail is gone too)
            assertThat(setup.patchwork().requests()).as("the mail fetched again after the restart")
                    .filteredOn(q -> q.path().equals(java.net.URI.create(
                            RecordedPatchwork.recordedSeries6().get("mbox").asText()).getPath())).isNotEmpty();
            List<String> commits = b.getAction(PatchworkSeriesAction.class).getCheckoutCommits();
            assertThat(commits).hasSize(SeriesProjectFixture.recordedPatchIds().size());
            for (int i = 0; i < commits.size(); i++) {
                r.assertLogContains("PATCH " + (i + 1) + " " + commits.get(i), b);
            }
            Map<Long, List<JsonNode>> posted = setup.patchwork().checksPosted("Token " + SeriesProjectFixture.TOKEN);
            assertThat(posted.keySet()).containsExactlyElementsOf(SeriesProjectFixture.recordedPatchIds());
            posted.values().forEach(checks -> assertThat(checks).extracting(c -> c.get("context").asText())
                    .containsExactly("after-restart"));
        });
    }
}
