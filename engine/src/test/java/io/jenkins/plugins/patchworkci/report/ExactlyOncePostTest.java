package io.jenkins.plugins.patchworkci.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.patchworkci.check.CheckState;
import io.jenkins.plugins.patchworkci.patchwork.ApiToken;
import io.jenkins.plugins.patchworkci.patchwork.NewCheck;
import io.jenkins.plugins.patchworkci.patchwork.PatchworkTestClients;
import io.jenkins.plugins.patchworkci.step.SeriesCheckPost;
import io.jenkins.plugins.patchworkci.testsupport.RecordedPatchwork.LostAnswer;
import io.jenkins.plugins.patchworkci.testsupport.RecordedPatchwork;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The one path every check takes to Patchwork, as the Jenkins plugin takes it ({@link ExactlyOncePost#over}
 * the Patchwork client, no ledger, no bot username): a post Patchwork stored whose answer is lost is not sent
 * again; a post Patchwork did not store is, at most {@value ExactlyOncePost#MAX_SENDS} requests in all. The
 * server is {@link RecordedPatchwork} (real HTTP, keeping the checks posted to it); the client has the
 * production retry policy, which would repeat a check post blindly if the post allowed it.
 * {@link ExactlyOnceCheckPostTest} covers the same path under {@code pwci run}'s reporter and its ledger.
 */
class ExactlyOncePostTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";
    private static final String BUILD = "https://ci.example.org/job/netdevbpf/job/net-next-3f2a9c0b1d4e/12/";

    @RegisterExtension
    static final RecordedPatchwork patchwork = new RecordedPatchwork();

    private static ExactlyOncePost poster() {
        return ExactlyOncePost.over(PatchworkTestClients.retrying(URI.create(patchwork.origin() + "/"), ApiToken.of(TOKEN)));
    }

    /** Every check Patchwork holds on a patch, oldest first, as "context=state: description". */
    private static List<String> onPatchwork(long patch) {
        return patchwork.checks().getOrDefault(patch, List.of()).stream().map(ExactlyOncePostTest::line).toList();
    }

    private static String line(JsonNode c) {
        return c.get("context").asText() + "=" + c.get("state").asText() + ": " + c.get("description").asText();
    }

    @Test
    void aPostStoredByPatchworkWhoseAnswerIsLostIsOnPatchworkOnce() throws Exception {
        for (LostAnswer lost : List.of(LostAnswer.STORED_THEN_500, LostAnswer.STORED_THEN_RESET,
                LostAnswer.STORED_THEN_TIMEOUT)) {
            patchwork.reset();
            patchwork.loseAnswers(n -> n == 1 ? lost : LostAnswer.NONE);

            String how = poster().post(11, new NewCheck(CheckState.SUCCESS, "build", BUILD, "build #12 passed"));

            assertThat(how).as(lost.name()).startsWith("confirmed on Patchwork after a lost answer");
            assertThat(onPatchwork(11)).as(lost.name()).containsExactly("build=success: build #12 passed");
            assertThat(patchwork.checkRequests("POST")).as(lost.name()).isEqualTo(1);
            assertThat(patchwork.checkRequests("GET")).as(lost.name()).isEqualTo(1);
        }
    }

    @Test
    void aPostPatchworkDidNotStoreIsSentAgainOnce() throws Exception {
        poster().post(11, new NewCheck(CheckState.PENDING, "build", BUILD, "build #12 running"));
        patchwork.loseAnswers(n -> n == 2 ? LostAnswer.NOT_STORED_500 : LostAnswer.NONE);

        String how = poster().post(11, new NewCheck(CheckState.SUCCESS, "build", BUILD, "build #12 passed"));

        // The pending check of the same context is newest when the answer is lost: not this post, so it is sent again.
        assertThat(how).isEmpty();
        assertThat(onPatchwork(11)).containsExactly("build=pending: build #12 running", "build=success: build #12 passed");
        assertThat(patchwork.checkRequests("POST")).isEqualTo(3);
        assertThat(patchwork.checkRequests("GET")).isEqualTo(1);
    }

    @Test
    void answersLostEveryTimeStopAfterThreeRequestsAndSayTheCheckIsNotOnPatchwork() {
        patchwork.loseAnswers(n -> LostAnswer.NOT_STORED_500);

        assertThatThrownBy(() -> poster().post(11, new NewCheck(CheckState.FAIL, "build", BUILD, "build #12 failed")))
                .isInstanceOf(IOException.class).hasMessageStartingWith("not on Patchwork after 3 tries: ");
        assertThat(onPatchwork(11)).isEmpty();
        assertThat(patchwork.checkRequests("POST")).isEqualTo(ExactlyOncePost.MAX_SENDS);
        assertThat(patchwork.checkRequests("GET")).isEqualTo(ExactlyOncePost.MAX_SENDS);
    }

    @Test
    void theAutomaticBuildStatusOnEveryPatchOfASeriesIsOnPatchworkOnceDespiteALostAnswer() throws Exception {
        patchwork.loseAnswers(n -> n == 2 ? LostAnswer.STORED_THEN_500 : LostAnswer.NONE);

        SeriesCheckPost.Result r = new SeriesCheckPost(PatchworkTestClients.retrying(URI.create(patchwork.origin() + "/"), ApiToken.of(TOKEN)), List.of(10L, 11L, 12L),
                new NewCheck(CheckState.SUCCESS, "jenkins", BUILD, "build #12 passed")).call();

        assertThat(r.complete()).as(r.lines().toString()).isTrue();
        for (long patch : List.of(10L, 11L, 12L)) {
            assertThat(onPatchwork(patch)).as("patch %d", patch).containsExactly("jenkins=success: build #12 passed");
        }
        assertThat(patchwork.checkRequests("POST")).isEqualTo(3);
    }
}
