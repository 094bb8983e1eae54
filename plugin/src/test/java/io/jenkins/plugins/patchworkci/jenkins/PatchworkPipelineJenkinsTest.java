package io.jenkins.plugins.patchworkci.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.patchworkci.testsupport.RecordedPatchwork;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * A series build from end to end: indexing the recorded Patchwork project ({@link RecordedPatchwork}, series
 * 6 over HTTP) starts the series job, whose Jenkinsfile (from a local pipeline repository) calls
 * {@code patchworkCheckout}, {@code patchworkVerify} and {@code patchworkCheck}. The target tree is a local
 * git repository ({@code file://}) holding the file the recorded series changes; the commits must be the
 * ones {@code git am} makes of the recorded mail (the real git as the oracle), and the checks must reach
 * Patchwork with the server's token, which never shows in a log. The engine's {@code step.SeriesCheckoutTest} and {@code SeriesCheckPostTest}
 * test the same steps without Jenkins.
 */
@WithJenkins
class PatchworkPipelineJenkinsTest {

    /**
     * Checkout, the engine's sign-off check posted per patch, and one check of the pipeline's own on every
     * patch. The shell lines print what git says of the checkout, for comparison with the oracle.
     */
    private static final String JENKINSFILE = """
            node {
                def co = patchworkCheckout dir: 'linux'
                echo "PW_APPLIED=${co.applied}"
                echo "PW_BASE=${co.base}"
                echo "PW_COMMITS=${co.commits}"
                sh 'echo "PW_TREE=$(git -C linux rev-parse "HEAD^{tree}")"'
                sh 'git -C linux log --reverse --format="PW_SUBJECT=%s" -3'
                def v = patchworkVerify checks: ['verify_signedoff']
                echo "PW_VERIFY=${v.worst}"
                patchworkCheck state: 'success', context: 'jenkins-pipeline', description: 'built by the pipeline test'
            }
            """;

    @RegisterExtension
    final RecordedPatchworkSetup setup = new RecordedPatchworkSetup();

    /** What {@code git am} makes of the recorded series mail on the target tree: its tree id and subjects. */
    private static List<String> gitAmOracle(SeriesProjectFixture f, Path tmp) throws Exception {
        Path clone = tmp.resolve("oracle");
        f.target.git("clone", "-q", f.target.dir().toString(), clone.toString());
        Path mbox = tmp.resolve("series-6.mbox");
        Files.writeString(mbox, RecordedPatchwork.recordedSeriesMbox(), StandardCharsets.UTF_8);
        LocalGitRepository.git(clone, "-c", "user.name=Oracle", "-c", "user.email=oracle@example.org", "am", "-q",
                mbox.toString());
        List<String> out = new ArrayList<>();
        out.add(LocalGitRepository.git(clone, "rev-parse", "HEAD^{tree}").strip());
        out.addAll(LocalGitRepository.git(clone, "log", "--reverse", "--format=%s", f.base + "..HEAD").strip().lines().toList());
        return out;
    }

    @Test
    void aSeriesBuildChecksOutAppliesVerifiesAndReports(JenkinsRule r, @TempDir Path tmp) throws Exception {
        SeriesProjectFixture.configureServer(setup.patchwork());
        SeriesProjectFixture f = SeriesProjectFixture.create(tmp, JENKINSFILE);
        List<String> oracle = gitAmOracle(f, tmp);
        assertEquals(1 + SeriesProjectFixture.recordedPatchIds().size(), oracle.size(), oracle.toString());
        WorkflowMultiBranchProject mp = f.project(r, "netdevbpf");

        mp.scheduleBuild2(0).getFuture().get();
        r.waitUntilNoActivity();

        WorkflowJob job = mp.getItemByBranchName(SeriesProjectFixture.expectedHead().toString());
        assertNotNull(job, mp.getItems().toString());
        WorkflowRun b = job.getLastBuild();
        assertNotNull(b, "indexing a new head builds it");
        r.assertBuildStatusSuccess(b);

        // applied on the target tree's tip, one commit per patch, the same tree and subjects as git am
        r.assertLogContains("PW_APPLIED=true", b);
        r.assertLogContains("PW_BASE=" + f.base, b);
        r.assertLogContains("PW_TREE=" + oracle.get(0), b);
        for (String subject : oracle.subList(1, oracle.size())) {
            r.assertLogContains("PW_SUBJECT=" + subject, b);
        }
        PatchworkSeriesAction page = b.getAction(PatchworkSeriesAction.class);
        assertNotNull(page, "patchworkCheckout puts the series on the build page");
        assertEquals(f.base, page.getCheckoutBase());
        assertEquals(SeriesProjectFixture.recordedPatchIds().size(), page.getCheckoutCommits().size());
        r.assertLogContains("PW_COMMITS=" + page.getCheckoutCommits(), b);
        r.assertLogContains("PW_VERIFY=success", b);

        // every patch got the engine's check and the pipeline's, with the token, nothing else was posted
        Map<Long, List<JsonNode>> posted = setup.patchwork().checksPosted("Token " + SeriesProjectFixture.TOKEN);
        assertEquals(SeriesProjectFixture.recordedPatchIds(), new ArrayList<>(posted.keySet()), posted.toString());
        for (Map.Entry<Long, List<JsonNode>> e : posted.entrySet()) {
            List<String> checks = e.getValue().stream()
                    .map(c -> c.get("context").asText() + "=" + c.get("state").asText()).sorted().toList();
            assertEquals(List.of("jenkins-pipeline=success", "verify_signedoff=success"), checks,
                    "patch " + e.getKey() + ": " + e.getValue());
        }
        long allPosts = setup.patchwork().requests().stream().filter(q -> q.method().equals("POST")).count();
        assertEquals(2L * SeriesProjectFixture.recordedPatchIds().size(), allPosts);

        // the token went to Patchwork only: neither the build's log nor the indexing log shows it
        r.assertLogNotContains(SeriesProjectFixture.TOKEN, b);
        assertFalse(Files.readString(mp.getComputation().getLogFile().toPath(), StandardCharsets.UTF_8)
                .contains(SeriesProjectFixture.TOKEN), "indexing log");
    }
}
