package io.jenkins.plugins.patchworkci.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import hudson.model.Result;
import io.jenkins.plugins.patchworkci.testsupport.RecordedPatchwork;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.SCMRevisionAction;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Branch indexing of a Multibranch Pipeline project against the recorded Patchwork 3.1 answers served over
 * HTTP ({@link RecordedPatchwork}: the netdevbpf project's series 6, v2 of three patches to net-next): the
 * job the scan makes, its name and its {@code CHANGE_*} variables; then a scan during an outage, which
 * fails and deletes nothing. Expected names and values come from the recordings and the engine's
 * {@code scan.HeadName}, never typed in; the engine's {@code scan.SeriesScanTest} tests the same decisions
 * without Jenkins.
 */
@WithJenkins
class PatchworkScanJenkinsTest {

    /** Prints what branch-api sets for a change request, one variable a line, for the log assertions. */
    private static final String JENKINSFILE = """
            echo "BRANCH_NAME=${env.BRANCH_NAME}"
            echo "CHANGE_ID=${env.CHANGE_ID}"
            echo "CHANGE_TARGET=${env.CHANGE_TARGET}"
            echo "CHANGE_TITLE=${env.CHANGE_TITLE}"
            echo "CHANGE_URL=${env.CHANGE_URL}"
            echo "CHANGE_AUTHOR=${env.CHANGE_AUTHOR}"
            echo "CHANGE_AUTHOR_DISPLAY_NAME=${env.CHANGE_AUTHOR_DISPLAY_NAME}"
            echo "CHANGE_AUTHOR_EMAIL=${env.CHANGE_AUTHOR_EMAIL}"
            """;

    @RegisterExtension
    final RecordedPatchworkSetup setup = new RecordedPatchworkSetup();

    private static String indexingLog(WorkflowMultiBranchProject mp) throws Exception {
        return Files.readString(mp.getIndexing().getLogFile().toPath(), StandardCharsets.UTF_8);
    }

    @Test
    void indexingMakesOneJobPerLineageWithTheChangeRequestVariables(JenkinsRule r, @TempDir Path tmp) throws Exception {
        SeriesProjectFixture.configureServer(setup.patchwork());
        SeriesProjectFixture f = SeriesProjectFixture.create(tmp, JENKINSFILE);
        WorkflowMultiBranchProject mp = f.project(r, "netdevbpf");

        mp.scheduleBuild2(0).getFuture().get();
        r.waitUntilNoActivity();

        assertEquals(Result.SUCCESS, mp.getIndexing().getResult(), indexingLog(mp));
        String name = SeriesProjectFixture.expectedHead().toString();
        assertEquals(List.of(name), mp.getItems().stream().map(WorkflowJob::getName).toList(), indexingLog(mp));
        WorkflowJob job = mp.getItemByBranchName(name);
        assertNotNull(job, indexingLog(mp));
        WorkflowRun b = job.getLastBuild();
        assertNotNull(b, "indexing a new head builds it");
        r.assertBuildStatusSuccess(b);

        // the revision the build was started for: version, Patchwork series and patch ids as recorded
        SCMRevision revision = SCMRevisionAction.getRevision(mp.getSCMSources().get(0), b);
        assertTrue(revision instanceof PatchworkSCMRevision, String.valueOf(revision));
        PatchworkSCMRevision pr = (PatchworkSCMRevision) revision;
        JsonNode series = RecordedPatchwork.recordedSeries6();
        assertEquals(series.get("id").asLong(), pr.getSeriesId());
        assertEquals(SeriesProjectFixture.recordedPatchIds(), pr.getPatchIds());
        assertEquals(series.get("version").asInt(), pr.getRevisionId().version());
        assertEquals(SeriesProjectFixture.firstMessageId(), pr.getRevisionId().messageId());

        // CHANGE_*: the lineage hash, the tree, "v<version> <subject>", the series page, the author
        JsonNode cover = RecordedPatchwork.recordedCover();
        String subject = cover.get("headers").get("Subject").asText().replaceFirst("^\\[[^]]*]\\s*", "");
        JsonNode submitter = series.get("submitter");
        String webUrl = series.get("web_url").asText().replace(RecordedPatchwork.RECORDED_ORIGIN, setup.patchwork().origin());
        r.assertLogContains("BRANCH_NAME=" + name, b);
        r.assertLogContains("CHANGE_ID=" + SeriesProjectFixture.expectedHead().lineageHash(), b);
        r.assertLogContains("CHANGE_TARGET=net-next", b);
        r.assertLogContains("CHANGE_TITLE=v" + series.get("version").asInt() + " " + subject, b);
        r.assertLogContains("CHANGE_URL=" + webUrl, b);
        r.assertLogContains("CHANGE_AUTHOR=" + submitter.get("email").asText(), b);
        r.assertLogContains("CHANGE_AUTHOR_DISPLAY_NAME=" + submitter.get("name").asText(), b);
        r.assertLogContains("CHANGE_AUTHOR_EMAIL=" + submitter.get("email").asText(), b);

        // the scan read the list, the cover letter and the series' mail from the server it was given
        assertTrue(setup.patchwork().requests().stream().anyMatch(q -> q.path().equals("/api/1.3/series/")));
        assertTrue(setup.patchwork().requests().stream().anyMatch(q -> q.path().equals(
                URI.create(series.get("mbox").asText()).getRawPath())));
        assertTrue(indexingLog(mp).contains("Scanning Patchwork project netdevbpf"), indexingLog(mp));
    }

    @Test
    void aScanDuringAnOutageFailsAndDeletesNoJob(JenkinsRule r, @TempDir Path tmp) throws Exception {
        SeriesProjectFixture.configureServer(setup.patchwork());
        SeriesProjectFixture f = SeriesProjectFixture.create(tmp, "echo 'built'\n");
        WorkflowMultiBranchProject mp = f.project(r, "netdevbpf");
        mp.scheduleBuild2(0).getFuture().get();
        r.waitUntilNoActivity();
        assertEquals(Result.SUCCESS, mp.getIndexing().getResult(), indexingLog(mp));
        List<String> before = mp.getItems().stream().map(WorkflowJob::getName).sorted().toList();
        assertEquals(List.of(SeriesProjectFixture.expectedHead().toString()), before);
        WorkflowJob job = mp.getItemByBranchName(before.get(0));
        int builds = job.getNextBuildNumber();

        setup.patchwork().outage(true);
        mp.scheduleBuild2(0).getFuture().get();
        r.waitUntilNoActivity();

        assertEquals(Result.FAILURE, mp.getIndexing().getResult(), indexingLog(mp));
        assertTrue(indexingLog(mp).contains("503"), indexingLog(mp)); // says why, with the server's status
        assertEquals(before, mp.getItems().stream().map(WorkflowJob::getName).sorted().toList());
        assertNotNull(mp.getItemByBranchName(before.get(0)));
        assertEquals(builds, job.getNextBuildNumber(), "an outage starts no build");
        assertTrue(setup.patchwork().requests().stream().anyMatch(q -> q.path().equals("/api/1.3/series/")));

        // and when Patchwork is back, the next scan succeeds with the same job
        setup.patchwork().outage(false);
        mp.scheduleBuild2(0).getFuture().get();
        r.waitUntilNoActivity();
        assertEquals(Result.SUCCESS, mp.getIndexing().getResult(), indexingLog(mp));
        assertEquals(before, mp.getItems().stream().map(WorkflowJob::getName).sorted().toList());
        assertEquals(builds, job.getNextBuildNumber(), "the same version is not built again");
    }
}
