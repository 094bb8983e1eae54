package io.jenkins.plugins.patchworkci.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.jenkins.plugins.patchworkci.testsupport.RecordedPatchwork;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The steps of one build share one scan and one download of the series' mail: the first step that needs
 * the series finds it in a scan and downloads its mail (on the controller, which holds the token), the
 * later steps of the same build take both from memory. Counted by the requests the recorded Patchwork
 * ({@link RecordedPatchwork}) receives during one build of six steps that need the series.
 */
@WithJenkins
class PatchworkSharedFetchJenkinsTest {

    /** Every step that needs the series or its mail, and patchworkSeries twice. */
    private static final String JENKINSFILE = """
            node {
                def s = patchworkSeries()
                echo "PW_SERIES=v${s.version}"
                def co = patchworkCheckout dir: 'linux'
                echo "PW_APPLIED=${co.applied}"
                def v = patchworkVerify checks: ['verify_signedoff']
                echo "PW_VERIFY=${v.worst}"
                patchworkEachPatch {
                    echo "PW_PATCH=${env.PATCHWORK_PATCH_INDEX}"
                }
                patchworkCheck state: 'success', context: 'shared', description: 'one fetch per build'
                def again = patchworkSeries()
                echo "PW_AGAIN=v${again.version} ${again.total}"
            }
            """;

    @RegisterExtension
    final RecordedPatchworkSetup setup = new RecordedPatchworkSetup();

    @Test
    void theStepsOfOneBuildShareOneScanAndOneDownloadOfTheMail(JenkinsRule r, @TempDir Path tmp) throws Exception {
        RecordedPatchwork patchwork = setup.patchwork();
        SeriesProjectFixture.configureServer(patchwork);
        SeriesProjectFixture f = SeriesProjectFixture.create(tmp, JENKINSFILE);
        WorkflowMultiBranchProject mp = f.project(r, "netdevbpf");
        mp.scheduleBuild2(0).getFuture().get();
        r.waitUntilNoActivity();
        WorkflowJob job = mp.getItemByBranchName(SeriesProjectFixture.expectedHead().toString());
        assertNotNull(job, mp.getItems().toString());
        r.assertBuildStatusSuccess(job.getLastBuild());

        // a second build alone (a retest): only its own requests are counted
        patchwork.reset();
        WorkflowRun b = r.buildAndAssertSuccess(job);

        r.assertLogContains("PW_SERIES=v2", b);
        r.assertLogContains("PW_APPLIED=true", b);
        r.assertLogContains("PW_VERIFY=success", b);
        for (int i = 1; i <= SeriesProjectFixture.recordedPatchIds().size(); i++) {
            r.assertLogContains("PW_PATCH=" + i, b);
        }
        r.assertLogContains("PW_AGAIN=v2 " + SeriesProjectFixture.recordedPatchIds().size(), b);

        String seriesMbox = URI.create(RecordedPatchwork.recordedSeries6().get("mbox").asText()).getPath();
        String coverMbox = URI.create(RecordedPatchwork.recordedCover().get("mbox").asText()).getPath();
        Map<String, Long> reads = new TreeMap<>();
        for (RecordedPatchwork.Request q : patchwork.requests()) {
            boolean listing = q.path().equals("/api/1.3/series/") || q.path().equals("/api/1.3/patches/");
            boolean connecting = q.path().equals("/api/1.3/") || q.path().equals("/api/1.3/projects/");
            if (q.method().equals("GET") && (listing || connecting || q.path().endsWith("/mbox/"))) {
                reads.merge(q.path(), 1L, Long::sum);
            }
        }
        // one connection (the API version probed and the projects read once), one scan (the series list and
        // the patch list once: Jenkins' own as it starts the build, which the steps take), the series' mail
        // downloaded once: not per step
        assertEquals(Map.of("/api/1.3/", 1L, "/api/1.3/projects/", 1L, "/api/1.3/series/", 1L,
                "/api/1.3/patches/", 1L, seriesMbox, 1L, coverMbox, 1L), reads,
                "Patchwork reads of one build of six series steps");

        // the mail is kept in memory only: the build's record holds the facts, not the patches' text
        String buildXml = Files.readString(b.getRootDir().toPath().resolve("build.xml"), StandardCharsets.UTF_8);
        assertFalse(buildXml.contains("int b(void) { return 2; }"), "build.xml holds no mail");
    }
}
