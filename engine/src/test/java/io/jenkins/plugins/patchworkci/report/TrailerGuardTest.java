package io.jenkins.plugins.patchworkci.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrailerGuardTest {

    @Test
    void indentsEveryLineThatStartsWithATokenAndAColon() {
        String text = "Reported-by: bot\nTested-by: someone\nSigned-off-by: x\nFixes: 123\nbuild_clang: ok\n"
                + "Word-with-dashes : spaced colon\n  already: indented\nplain line\nURL https://x/y: z";

        assertThat(TrailerGuard.neutralise(text)).isEqualTo("  Reported-by: bot\n  Tested-by: someone\n  Signed-off-by: x\n"
                + "  Fixes: 123\n  build_clang: ok\n  Word-with-dashes : spaced colon\n  already: indented\n"
                + "plain line\nURL https://x/y: z");
    }

    @Test
    void theDigestOfAHostileRunHasNoTrailerLine() {
        Run run = SampleRuns.hostile();
        String body = MailDigest.body(run.withResults(java.util.List.of(new io.jenkins.plugins.patchworkci.check.CheckResult(
                "checkpatch", 1, io.jenkins.plugins.patchworkci.check.CheckState.FAIL,
                "Tested-by: injected", "")), run.seriesResults()), java.net.URI.create("https://ci.example.org/"));

        assertThat(body.lines()).noneMatch(TrailerGuard::looksLikeTrailer);
        assertThat(body).contains("Tested-by: injected");
    }
}
