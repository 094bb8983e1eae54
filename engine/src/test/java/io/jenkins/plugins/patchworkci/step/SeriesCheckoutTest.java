package io.jenkins.plugins.patchworkci.step;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.patchworkci.route.RoutingConfig;
import io.jenkins.plugins.patchworkci.route.Tree;
import io.jenkins.plugins.patchworkci.testsupport.GitRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code patchworkCheckout}'s agent side against real git: a series made with {@code git format-patch},
 * checked out by {@link SeriesCheckout} from a mirror of an upstream repository, must give the same
 * trees and subjects as {@code git am} of the same mail in a clone.
 */
class SeriesCheckoutTest {

    @TempDir
    Path tmp;
    private Path upstream;
    private String base;
    /** The same patches without the cover letter, which git am would stop at as an empty patch. */
    private byte[] patchesOnly;

    @BeforeEach
    void upstreamWithASeries() throws Exception {
        upstream = tmp.resolve("upstream");
        Files.createDirectories(upstream);
        git(upstream, "init", "-q", "-b", "main");
        Files.writeString(upstream.resolve("a.c"), "int a(void)\n{\n\treturn 0;\n}\n");
        Files.writeString(upstream.resolve("b.c"), "int b;\n");
        git(upstream, "add", ".");
        git(upstream, "commit", "-q", "-m", "base");
        base = git(upstream, "rev-parse", "HEAD").strip();
    }

    /** Two patches on a topic branch, as format-patch mail with a cover letter and base-commit. */
    private byte[] series() throws Exception {
        git(upstream, "checkout", "-q", "-b", "topic");
        Files.writeString(upstream.resolve("a.c"), "int a(void)\n{\n\treturn 1;\n}\n");
        git(upstream, "commit", "-q", "-s", "-am", "net: return 1 from a()");
        Files.writeString(upstream.resolve("c.c"), "int c;\n");
        git(upstream, "add", "c.c");
        git(upstream, "commit", "-q", "-m", "net: add c");
        String mbox = git(upstream, "format-patch", "-q", "--stdout", "--thread", "--cover-letter", "--base=" + base,
                "--subject-prefix=PATCH net-next", base + "..topic");
        patchesOnly = git(upstream, "format-patch", "-q", "--stdout", base + "..topic").getBytes(StandardCharsets.UTF_8);
        git(upstream, "checkout", "-q", "main");
        return mbox.getBytes(StandardCharsets.UTF_8);
    }

    private Tree tree() throws Exception {
        return RoutingConfig.fromYaml("""
                trees:
                  - name: net-next
                    remote: %s
                    branch: main
                """.formatted(upstream.toUri())).tree("net-next").orElseThrow();
    }

    @Test
    void checksOutWhatGitAmMakes() throws Exception {
        byte[] mail = series();
        Path work = tmp.resolve("ws/linux");

        CheckoutResult r = new SeriesCheckout(tmp.resolve("mirrors")).setMail(mail).setTree(tree())
                .setWorkTree(work).call();

        assertThat(r.applied()).as(r.summary()).isTrue();
        assertThat(r.commits()).hasSize(2);
        assertThat(r.base()).isEqualTo(base);
        Path clone = tmp.resolve("clone");
        git(tmp, "clone", "-q", upstream.toString(), clone.toString());
        git(clone, "am", "-q", "--keep-cr", tmp.resolve(write(patchesOnly)).toString());
        assertThat(git(work, "rev-parse", "HEAD^{tree}")).isEqualTo(git(clone, "rev-parse", "HEAD^{tree}"));
        assertThat(git(work, "log", "--format=%s%n%an <%ae>", base + "..HEAD"))
                .isEqualTo(git(clone, "log", "--format=%s%n%an <%ae>", base + "..HEAD"));
        assertThat(Files.readString(work.resolve("a.c"))).contains("return 1;");
        assertThat(r.asMap()).containsEntry("dir", work.toString()).containsEntry("tree", "net-next");
    }

    @Test
    void appliesOnTheBaseCommitWhenTheTipHasMovedAcross() throws Exception {
        byte[] mail = series();
        Files.writeString(upstream.resolve("a.c"), "int a(void)\n{\n\treturn 2;\n}\n");
        git(upstream, "commit", "-q", "-am", "upstream changes a()");

        CheckoutResult r = new SeriesCheckout(tmp.resolve("mirrors")).setMail(mail).setTree(tree())
                .setWorkTree(tmp.resolve("ws/linux")).call();

        assertThat(r.applied()).as(r.summary()).isTrue();
        assertThat(r.base()).isEqualTo(base);
        assertThat(r.tip()).isNotEqualTo(base);
    }

    @Test
    void aSeriesThatDoesNotApplySaysWhichPatchAndChecksNothingOut() throws Exception {
        byte[] mail = series();
        String broken = new String(mail, StandardCharsets.UTF_8).replace("-\treturn 0;", "-\treturn 7;")
                .replaceAll("(?m)^base-commit: .*$", "");
        Path work = tmp.resolve("ws/linux");

        CheckoutResult r = new SeriesCheckout(tmp.resolve("mirrors"))
                .setMail(broken.getBytes(StandardCharsets.UTF_8)).setTree(tree()).setWorkTree(work).call();

        assertThat(r.applied()).isFalse();
        assertThat(r.summary()).startsWith("does not apply").contains("a.c");
        assertThat(r.workTree()).isEmpty();
        assertThat(work).doesNotExist();
    }

    @Test
    void verifyRunsTheNamedEngineChecksOnTheCheckout() throws Exception {
        byte[] mail = series();
        Path work = tmp.resolve("ws/linux");
        CheckoutResult r = new SeriesCheckout(tmp.resolve("mirrors")).setMail(mail).setTree(tree())
                .setWorkTree(work).call();
        RoutingConfig routing = RoutingConfig.fromYaml("""
                trees:
                  - name: net-next
                    remote: %s
                    branch: main
                """.formatted(upstream.toUri()));

        List<io.jenkins.plugins.patchworkci.check.CheckResult> results = new SeriesVerify(routing, tree()).setMail(mail)
                .setCheckout(work, r.base(), r.commits()).setChecks(List.of("verify_signedoff", "tree_selection")).call();

        assertThat(results).extracting(io.jenkins.plugins.patchworkci.check.CheckResult::check)
                .containsOnly("verify_signedoff", "tree_selection");
        assertThat(results).filteredOn(c -> c.check().equals("verify_signedoff"))
                .extracting(c -> c.patch() + ":" + c.state())
                .containsExactly("1:SUCCESS", "2:FAIL");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SeriesVerify(routing, tree()).setMail(mail)
                .setCheckout(work, r.base(), r.commits()).setChecks(List.of("no_such_check")).call())
                .hasMessageContaining("unknown check(s) [no_such_check]").hasMessageContaining("checkpatch");
    }

    private String write(byte[] mail) throws IOException {
        Path p = tmp.resolve("series.mbox");
        Files.write(p, mail);
        return p.getFileName().toString();
    }

    /** git in {@code dir}, as Ann Author (test-support's {@link GitRepo}: the real git, a clean environment). */
    private static String git(Path dir, String... args) {
        return GitRepo.in(dir).run(args);
    }
}
