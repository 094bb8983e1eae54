package io.jenkins.plugins.patchworkci.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The trailer block as {@code git interpret-trailers --parse} finds it, and the Fixes view. */
class TrailerParserTest {

    @TempDir
    Path tmp;

    static final String[] MESSAGES = {
        "title\n\nbody\n\nSigned-off-by: A <a@x>\n",
        "title\n\nSigned-off-by: A <a@x>\n",
        "title\nSigned-off-by: not a trailer, still the title\n",
        "title\n\nbody\n\nFixes: 1234567890ab (\"net: x\")\nLink: https://lore.kernel.org/r/1@x\nCloses: https://bugzilla/1\n"
            + "Reported-by: R <r@x>\nSuggested-by: S <s@x>\nCo-developed-by: C <c@x>\nSigned-off-by: C <c@x>\n"
            + "Tested-by: T <t@x>\nAcked-by: K <k@x>\nReviewed-by: V <v@x>\nCc: stable@vger.kernel.org # 6.1+\n",
        "title\n\nbody\n\nThis paragraph mentions Reviewed-by: someone but is prose.\nAnd more prose here.\n",
        "title\n\nbody\n\nprose line one\nprose line two\nprose line three\nSigned-off-by: A <a@x>\n",
        "title\n\nbody\n\nprose one\nprose two\nprose three\nprose four\nSigned-off-by: A <a@x>\n",
        "title\n\nbody\n\nLink: https://example.org/a\n  continued value\nSigned-off-by: A <a@x>\n",
        "title\n\nbody\n\nSigned-off-by: A <a@x>\n# a comment\n\n",
        "title\n\nbody\n\n[ admin: edited ]\nSigned-off-by: A <a@x>\n",
        "title\n\nbody\n\nX-Custom-Token : value with space before colon\nSigned-off-by: A <a@x>\n",
        "title\n\nbody\n\nnot-a-trailer\n\n",
        "title\n\n(cherry picked from commit 0123456789abcdef0123456789abcdef01234567)\n",
        "title\n\nbody\n\nBug: 123\nChange-Id: I0123\n",
        "title\n\nbody\n\nURL: http://x:80/y\n",
    };

    @TestFactory
    Stream<DynamicTest> sameTrailersAsGitInterpretTrailers() {
        assumeTrue(GitProcess.available(), "git is not installed");
        List<DynamicTest> t = new ArrayList<>();
        for (int i = 0; i < MESSAGES.length; i++) {
            String m = MESSAGES[i];
            t.add(DynamicTest.dynamicTest("message " + i, () -> assertSameAsGit(tmp, m)));
        }
        return t.stream();
    }

    static void assertSameAsGit(Path dir, String message) throws Exception {
        GitRepo.Result r = GitProcess.run(dir, message.getBytes(StandardCharsets.UTF_8), Map.of(),
                "interpret-trailers", "--parse");
        assertThat(r.status()).isZero();
        List<String> git = new String(r.out(), StandardCharsets.UTF_8).lines().toList();
        List<String> ours = TrailerParser.parse(message).stream().map(Trailer::toString).toList();
        assertThat(ours).as("trailers of %s", message).isEqualTo(git);
    }

    @Test
    void fixesParsedView() {
        assertThat(Fixes.of(new Trailer("Fixes", "1234567890AB (\"net: fix (the) \\\"thing\\\"\")")))
                .contains(new Fixes("1234567890ab", java.util.Optional.of("net: fix (the) \\\"thing\\\""))); 
        assertThat(Fixes.of(new Trailer("fixes", "abcdef1"))).contains(new Fixes("abcdef1", java.util.Optional.empty()));
        assertThat(Fixes.of(new Trailer("Fixes", "https://bugzilla/1"))).isEmpty();
        assertThat(Fixes.of(new Trailer("Link", "1234567890ab"))).isEmpty();
    }
}
