package io.jenkins.plugins.patchworkci.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.route.TreeRole;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify_fixes against a real repository: hashes resolved, subjects compared, history walked. */
class VerifyFixesCheckTest {

    @TempDir
    Path dir;

    @Test
    void fixesTagsAreCheckedAgainstTheTreeHistory() throws Exception {
        try (CommittedSeries f = new CommittedSeries(dir)) {
            f.base(Map.of("net/core/dev.c", "int a;\n"));
            RevCommit culprit = f.commit("net: add a broken thing", Map.of("net/core/dev.c", "int a;\nint b;\n"),
                    "Bob", "bob@example.org");
            f.base = culprit.name();
            String h12 = culprit.abbreviate(12).name();
            String sob = "Signed-off-by: Ada Lovelace <ada@example.org>";
            f.patch("net: good", "Fix it.\n\nFixes: " + h12 + " (\"net: add a broken thing\")\n" + sob + "\n",
                    Map.of("net/core/dev.c", "int a;\nint b = 1;\n"));
            f.patch("net: short", "Fix it.\n\nFixes: " + culprit.abbreviate(8).name()
                    + " (\"net: add a broken thing\")\n" + sob + "\n", Map.of("net/core/dev.c", "int a;\nint b = 2;\n"));
            f.patch("net: wrong subject", "Fix it.\n\nFixes: " + h12 + " (\"net: something else\")\n" + sob + "\n",
                    Map.of("net/core/dev.c", "int a;\nint b = 3;\n"));
            f.patch("net: unknown", "Fix it.\n\nFixes: 0123456789ab (\"net: nothing\")\n" + sob + "\n",
                    Map.of("net/core/dev.c", "int a;\nint b = 4;\n"));
            f.patch("net: ellipsis", "Fix it.\n\nFixes: " + h12 + " (\"net: add a ...\")\n" + sob + "\n",
                    Map.of("net/core/dev.c", "int a;\nint b = 5;\n"));
            f.patch("net: none", "No tag.\n\n" + sob + "\n", Map.of("net/core/dev.c", "int a;\nint b = 6;\n"));
            // A commit that exists in the object database but not in the tree's history.
            f.git.checkout().setName(f.base).call();
            RevCommit elsewhere = f.commit("net: on another branch", Map.of("other.c", "x\n"), "Bob", "bob@example.org");
            f.git.checkout().setName(f.patches.get(5).commit().orElseThrow()).call();
            f.patch("net: not ancestor", "Fix it.\n\nFixes: " + elsewhere.abbreviate(12).name()
                    + " (\"net: on another branch\")\n" + sob + "\n", Map.of("net/core/dev.c", "int a;\nint b = 7;\n"));

            var results = new VerifyFixesCheck().run(f.context("net", TreeRole.FIXES).build(),
                    CheckOptions.none("verify_fixes"));
            assertThat(results).extracting(CheckResult::state).containsExactly(CheckState.SUCCESS, CheckState.FAIL,
                    CheckState.FAIL, CheckState.FAIL, CheckState.SUCCESS, CheckState.SUCCESS, CheckState.FAIL);
            assertThat(results.get(0).description()).isEqualTo("Fixes tag looks correct");
            assertThat(results.get(1).details()).contains("SHA1 should be at least 12 digits long");
            assertThat(results.get(2).details()).contains("Subject does not match target commit subject")
                    .contains("Fixes: " + h12 + " (\"net: add a broken thing\")");
            assertThat(results.get(3).details()).contains("Target SHA1 does not exist");
            assertThat(results.get(5).description()).isEqualTo("No Fixes tag");
            assertThat(results.get(6).details()).contains("Target is not an ancestor");
            var lenient = new VerifyFixesCheck().run(f.context("net", TreeRole.FIXES).build(),
                    new CheckOptions("verify_fixes", java.util.Map.of("requireAncestor", false)));
            assertThat(lenient.get(6).state()).as("NIPA's rule: existing is enough").isEqualTo(CheckState.SUCCESS);
        }
    }

    @Test
    void tagFormProblemsAsTheScriptReportsThem() {
        assertThat(FixesTag.parse("commit 1234567890ab (\"x\")").problems()).contains("leading word 'commit' unexpected");
        assertThat(FixesTag.parse("1234567890ab").problems()).contains("missing subject");
        assertThat(FixesTag.parse("1234567890ab(\"x\")").problems())
                .contains("missing space between the SHA1 and the subject");
        assertThat(FixesTag.parse("1234567890ab (\"x").problems())
                .contains("Subject has leading but no trailing parentheses", "Subject has leading but no trailing quotes");
        assertThat(FixesTag.parse("see the bug report").hash()).isEmpty();
        FixesTag curly = FixesTag.parse("1234567890ab (\u201Cnet: fix foo\u201D)");
        assertThat(curly.problems()).isEmpty();
        assertThat(curly.subjectMatches("net: fix foo")).isTrue();
        assertThat(FixesTag.parse("1234567890ab (\"...fix foo\")").subjectMatches("net: fix foo")).isTrue();
        assertThat(FixesTag.parse("1234567890ab (\"net: ... foo\")").subjectMatches("net: fix foo")).isTrue();
        assertThat(FixesTag.parse("1234567890ab (\"net: fix bar\")").subjectMatches("net: fix foo")).isFalse();
    }
}
